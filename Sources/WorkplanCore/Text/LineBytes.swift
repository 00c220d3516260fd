/// The bytes of one line: a slice of the file's byte array, or, while the whole file is
/// read, a slice of its buffer (which costs no reference counting). Indexes are positions in
/// the underlying storage, as with `ArraySlice`.
protocol LineBytes: RandomAccessCollection where Element == UInt8, Index == Int, SubSequence == Self {}

extension ArraySlice: LineBytes where Element == UInt8 {}

extension Slice: LineBytes where Base == UnsafeBufferPointer<UInt8> {}

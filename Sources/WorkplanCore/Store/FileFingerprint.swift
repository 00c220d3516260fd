import SystemPackage

/// Identity of a file's contents on disk, to notice changes made by someone else.
///
/// Two fingerprints are equal when they describe the same inode on the same device
/// with the same size, modification time and status-change time. Any write by
/// another program, in place or by replacing the file, changes at least one of these.
public struct FileFingerprint: Equatable, Sendable {
    /// The device that holds the file (`st_dev`).
    public let device: UInt64
    /// The file's inode number (`st_ino`).
    public let inode: UInt64
    /// The file's size in bytes (`st_size`).
    public let size: Int64
    /// Whole seconds of the last modification time (`st_mtim.tv_sec`).
    public let modifiedSeconds: Int64
    /// Nanoseconds of the last modification time (`st_mtim.tv_nsec`).
    public let modifiedNanoseconds: Int64
    /// Whole seconds of the last status change time (`st_ctim.tv_sec`).
    public let changedSeconds: Int64
    /// Nanoseconds of the last status change time (`st_ctim.tv_nsec`).
    public let changedNanoseconds: Int64

    /// Creates a fingerprint from its parts.
    public init(
        device: UInt64, inode: UInt64, size: Int64,
        modifiedSeconds: Int64, modifiedNanoseconds: Int64,
        changedSeconds: Int64, changedNanoseconds: Int64
    ) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedSeconds = changedSeconds
        self.changedNanoseconds = changedNanoseconds
    }

    /// The fingerprint of the file described by a `stat` result.
    init(_ status: Stat) {
        self.init(
            device: UInt64(status.deviceID.rawValue),
            inode: UInt64(status.inode.rawValue),
            size: status.size,
            modifiedSeconds: Int64(status.st_mtim.tv_sec),
            modifiedNanoseconds: Int64(status.st_mtim.tv_nsec),
            changedSeconds: Int64(status.st_ctim.tv_sec),
            changedNanoseconds: Int64(status.st_ctim.tv_nsec))
    }
}

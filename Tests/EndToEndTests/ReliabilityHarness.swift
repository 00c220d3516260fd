import Testing

/// The reliability harness: the suites that load the machine with many writers at once (kill -9
/// during saves, concurrent writers, the interface among writers, an editor racing the
/// interface). They take turns, so that each measures the scenario it describes: run all at
/// once beside each other on two cores, their writers held the lock for seconds while starved
/// of CPU, and a writer's bounded wait for it ran out (3 of 800 `set` under CI's load).
@Suite("Reliability harness", .serialized)
enum ReliabilityHarness {}

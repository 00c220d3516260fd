import WorkplanCore

extension AppState {
    /// The latest meeting whose minutes have no end: it was cut off (the terminal closed, the
    /// power went) and can be gone on with.
    var unfinishedMeeting: MeetingMinutes? {
        meetings.last { !$0.isFinished }
    }

    /// Tells the officer of a meeting that was cut off and how to go on with it, unless the
    /// message already tells of a problem.
    public mutating func noticeUnfinishedMeeting() {
        guard message?.isError != true, let cutOff = unfinishedMeeting else { return }
        let remaining = Set(cutOff.remaining)
        let position = (cutOff.agenda.firstIndex { remaining.contains($0) } ?? max(0, cutOff.agenda.count - 1)) + 1
        message = StatusMessage(language.pick(
            vi: "Có cuộc họp bị ngắt ở mục \(position)/\(cutOff.agenda.count) · \(keyName(.startReview)) để họp tiếp",
            en: "A meeting was cut off at item \(position) of \(cutOff.agenda.count) · \(keyName(.startReview)) goes on with it"))
    }
}

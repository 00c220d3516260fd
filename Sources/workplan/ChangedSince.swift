import WorkplanCore

/// `--changed-since DATE|MEETING|last`: the tasks changed since the start of a day, or since a
/// meeting (the latest: `last`) began, read from the plan's git history.
enum ChangedSince {
    static func tasks(_ argument: String, plan: Plan, path: String, today: PlanDate,
                      _ language: Language) throws(CommandFailure) -> Set<Int> {
        let moment: String
        if let day = try? DateArgument.parse(argument, today: today, in: plan, language) {
            moment = day.iso + " 00:00"
        } else {
            let archive = MeetingArchive(planPath: path)
            let meetings = archive.meetings()
            guard !meetings.isEmpty else { throw MinutesSelection.noMeetings(folder: archive.folder, language) }
            // `last` (or `cuoi`): the latest meeting.
            let named = ["last", "cuoi", "cuối"].contains(argument.lowercased()) ? nil : argument
            let meeting = try MinutesSelection.choose(named, among: meetings, folder: archive.folder, today: today, language)
            let started = meeting.minutes.started
            moment = meeting.minutes.date.iso + " " + String(format2: started.hour) + ":" + String(format2: started.minute)
        }
        do {
            return try PlanClone(planFile: path).changedTasks(since: moment, in: plan)
        } catch {
            throw CommandFailure.failed(error, language)
        }
    }
}

private extension String {
    /// A number of at most two digits, with a leading zero.
    init(format2 number: Int) {
        self = number < 10 ? "0\(number)" : "\(number)"
    }
}

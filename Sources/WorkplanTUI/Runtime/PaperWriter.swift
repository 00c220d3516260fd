import WorkplanCore

/// Writes the office's papers from the interface, as `workplan export` does from the command
/// line: beside the plan file, under a name after the paper that takes no file already there,
/// the office's identity from the plan laid over by the officer's config.
enum PaperWriter {
    /// Writes the paper asked for and says where it went, or why it could not.
    static func write(_ request: PaperRequest, planPath: String, state: AppState) -> Outcome {
        let plan = state.plan
        let language = state.language
        let identity = plan.office.overlaid(with: state.office)
        let number = identity.nextNumber
        let paper: Paper
        let stem: String
        switch request {
        case .plan:
            paper = Paper.plan(plan, identity: identity, number: number, date: state.today)
            stem = PaperFileName.plan(year: plan.periodReference(near: state.today).year)
        case let .report(day):
            let report = PlanReport(plan: plan, asOf: day, meetings: state.meetings)
            paper = Paper.report(report, identity: identity, number: number, date: state.today)
            stem = PaperFileName.report(asOf: day)
        case let .minutes(minutes):
            paper = Paper.minutes(minutes, identity: identity, number: number)
            stem = PaperFileName.minutes(on: minutes.date)
        }
        let folder = planPath.contains("/") ? String(planPath[..<(planPath.lastIndex(of: "/") ?? planPath.endIndex)]) : ""
        let store = PlanStore()
        do {
            let bytes = try WordPackage.bytes(of: paper)
            guard let path = try PaperFileName.free(stem, extension: "docx", in: folder, store: store) else {
                return .paperWritten(message: language.pick(
                    vi: "Đã có 999 tệp \(stem)….docx cạnh kế hoạch; hãy dọn bớt", en: "There are already 999 files \(stem)….docx beside the plan"),
                    isError: true)
            }
            try store.write(bytes, to: path, expecting: nil)
            // The names alone, the paper beside the plan: a whole path would not fit a status line.
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let plan = planPath.split(separator: "/").last.map(String.init) ?? planPath
            return .paperWritten(message: language.pick(vi: "Đã ghi \(name) cạnh \(plan)", en: "Wrote \(name) beside \(plan)"),
                                 isError: false)
        } catch let failure as WordPackage.Failure {
            return .paperWritten(message: language.pick(vi: "Không tạo được tệp Word: ", en: "Could not make the Word file: ")
                                 + failure.reason, isError: true)
        } catch let error as StoreError {
            return .paperWritten(message: language.pick(vi: "Không ghi được văn bản: ", en: "The paper was not written: ")
                                 + error.message(language), isError: true)
        } catch {
            return .paperWritten(message: String(describing: error), isError: true)
        }
    }
}

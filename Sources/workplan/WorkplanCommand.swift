import ArgumentParser

/// The `workplan` command: the office's yearly work plan in a plain text file.
struct WorkplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workplan",
        abstract: "Kế hoạch công tác trong một tệp văn bản — the yearly work plan in a plain text file.",
        discussion: """
        Tệp kế hoạch: FILE, --file, $WORKPLAN_FILE, ./plan.md, hoặc bản sao kế hoạch mẫu 2021 trong thư mục dữ liệu.
        The plan file: FILE, --file, $WORKPLAN_FILE, ./plan.md, or a copy of the built-in 2021 plan in the data folder.
        Ngôn ngữ / language: --lang vi|en or $WORKPLAN_LANG.
        """,
        subcommands: [OpenCommand.self, ReviewCommand.self, ListCommand.self, CheckCommand.self, DoneCommand.self, SetCommand.self, AddCommand.self, LogCommand.self, ExtendCommand.self,
                      ReportCommand.self, AgendaCommand.self, MinutesCommand.self, ExportCommand.self, CalendarCommand.self, InitCommand.self, NewYearCommand.self, ImportCommand.self, MergeCommand.self, GitCommand.self, SyncCommand.self, HistoryCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}

import Testing
@testable import WorkplanCore

/// Code blocks are free text: what looks like a heading or a task inside one is neither.
@Suite("Code blocks")
struct CodeFenceTests {
    @Test("a fenced block at the margin hides headings and tasks")
    func fencedBlock() {
        let source = """
        ## Mảng
        - [ ] Việc thật  id:A
        ```
        ## Không phải mảng
        - [ ] Không phải việc  id:B
        ```
        - [ ] Việc sau khối  id:C

        """
        let plan = Plan(source)
        #expect(plan.tracks.map(\.title) == ["Mảng"])
        #expect(plan.tasks.map(\.id) == ["A", "C"])
        #expect(plan.problems.isEmpty)
        #expect(plan.bytes == Array(source.utf8))
    }

    @Test("a tilde fence closes only with tildes, and an indented block stays in the task's note")
    func tildeFenceInNote() {
        let plan = Plan("""
        - [ ] Việc  id:A
          ~~~
          ```
          - [ ] trong khối  id:B
          ~~~
        - [ ] Sau  id:C

        """)
        #expect(plan.tasks.map(\.id) == ["A", "C"])
        #expect(plan.note(of: 0) == "~~~\n```\n- [ ] trong khối  id:B\n~~~")
    }

    @Test("a task-looking line in a code block or the units section has no problems of its own")
    func noProblemsFromNonTasks() {
        let plan = Plan("""
        ## Đơn vị
        - HC: Phòng Hành chính
        - [?] trong mục đơn vị  id:A due:2021-02-30
        ## Mảng
        - [ ] Việc  id:A
        ```
        - [?] ví dụ  id:A id:A due:2021-02-30 lead:XYZ progress:1/0
        ```

        """)
        #expect(plan.tasks.map(\.id) == ["A"])
        #expect(plan.problems == [Problem(line: 3, column: 1, kind: .taskInUnitsSection)])
    }

    @Test("a trailing comma in with: names no unit")
    func trailingComma() {
        let plan = Plan("## Đơn vị\n- HC: Phòng Hành chính\n## Mảng\n- [ ] Việc  id:A with:HC,\n")
        #expect(plan.problems.isEmpty)
    }
}

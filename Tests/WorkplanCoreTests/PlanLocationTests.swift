import Testing

@testable import WorkplanCore

/// Which file a command uses when the user names none. The file system is faked.
@Suite("Plan location")
struct PlanLocationTests {
    func resolve(named: String? = nil, _ environment: [String: String], existing: Set<String> = []) -> PlanLocation {
        PlanLocation.resolve(named: named, environment: environment, fileExists: { existing.contains($0) })
    }

    @Test("a named file wins, whether or not it exists")
    func named() {
        let location = resolve(named: "kế hoạch.md", ["WORKPLAN_FILE": "/env.md"], existing: ["/env.md", "plan.md"])
        #expect(location == PlanLocation(path: "kế hoạch.md", source: .named))
    }

    @Test("$WORKPLAN_FILE when it exists")
    func environment() {
        let location = resolve(["WORKPLAN_FILE": "/srv/plan.md"], existing: ["/srv/plan.md", "plan.md"])
        #expect(location == PlanLocation(path: "/srv/plan.md", source: .environment))
    }

    @Test("$WORKPLAN_FILE that is missing or empty is passed over")
    func environmentMissing() {
        #expect(resolve(["WORKPLAN_FILE": "/missing.md"], existing: ["plan.md"])
            == PlanLocation(path: "plan.md", source: .currentFolder))
        #expect(resolve(["WORKPLAN_FILE": ""], existing: ["", "plan.md"])
            == PlanLocation(path: "plan.md", source: .currentFolder))
    }

    @Test("./plan.md when it exists")
    func currentFolder() {
        #expect(resolve(["HOME": "/home/lan"], existing: ["plan.md"]) == PlanLocation(path: "plan.md", source: .currentFolder))
        #expect(PlanLocation.defaultFileName == "plan.md")
    }

    @Test("otherwise the data folder: $XDG_DATA_HOME when absolute, else ~/.local/share")
    func dataFolder() {
        #expect(resolve(["XDG_DATA_HOME": "/data", "HOME": "/home/lan"])
            == PlanLocation(path: "/data/workplan/plan.md", source: .dataFolder))
        #expect(resolve(["XDG_DATA_HOME": "relative/data", "HOME": "/home/lan"])
            == PlanLocation(path: "/home/lan/.local/share/workplan/plan.md", source: .dataFolder))
        #expect(resolve(["XDG_DATA_HOME": "", "HOME": "/home/lan"])
            == PlanLocation(path: "/home/lan/.local/share/workplan/plan.md", source: .dataFolder))
        #expect(resolve(["HOME": "/home/lan"]).path == "/home/lan/.local/share/workplan/plan.md")
        #expect(PlanLocation.dataFolderPlan(environment: [:]) == "./.local/share/workplan/plan.md")
    }

    @Test("only the paths asked about are looked up")
    func lookups() {
        var asked: [String] = []
        _ = PlanLocation.resolve(named: nil, environment: ["WORKPLAN_FILE": "/a.md", "HOME": "/h"]) { path in
            asked.append(path)
            return false
        }
        #expect(asked == ["/a.md", "plan.md"])
    }
}

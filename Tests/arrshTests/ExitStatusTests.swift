import Testing

/// `SystemExit` by Python's rules: no code or None is status 0, an int is the status
/// (the system keeps its low 8 bits), anything else is printed and the status is 1.
/// Each expectation is what `python3 -c LINE` does.
@Suite("Exit status")
struct ExitStatusTests {
    @Test(
        arguments: [
            ("raise SystemExit(4)", "", 4),
            ("raise SystemExit", "", 0),
            ("raise SystemExit(None)", "", 0),
            ("raise SystemExit('bye')", "bye\n", 1),
            ("raise SystemExit(1, 2)", "(1, 2)\n", 1),
            ("exit(3)", "", 3),
            ("quit(0)", "", 0),
            ("import sys; sys.exit(300)", "", 44),
            ("raise SystemExit(-1)", "", 255),
            ("raise SystemExit(True)", "", 1),
            ("class Done(SystemExit):\n    pass\n\nraise Done(6)", "", 6),
            ("try:\n    exit(5)\nexcept SystemExit as e:\n    print(e.args)", "(5,)\n", 0),
        ] as [(String, String, Int32)])
    func systemExitSetsTheStatus(line: String, printed: String, status: Int32) throws {
        let run = try runArrsh(["-c", line])
        #expect(run.output == printed)
        #expect(run.status == status)
    }

    @Test func anExitAfterAFailedStatementWithoutACodeStillReportsTheFailure() throws {
        let run = try runArrsh(["-c", "1/0\nexit()"])
        #expect(run.output == "ZeroDivisionError: division by zero\n")
        #expect(run.status == 1)
    }
}

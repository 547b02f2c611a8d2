import Foundation
import Testing

@testable import ArrayShell

/// What the differential corpus cannot pin down: unseeded streams, addresses in
/// reprs, Tab completion and help of `np.random` and its objects.
@Suite("np.random in the shell")
struct RandomShellTests {
    @Test func unseededGeneratorsDrawFreshValuesInRange() {
        let shell = SessionHarness()
        shell.run("a = np.random.default_rng().random(1000)", "b = np.random.default_rng().random(1000)")
        #expect(shell.run("bool(((a >= 0) & (a < 1)).all()), bool((a == b).all())") == "(True, False)\n")
        shell.run("np.random.seed()", "c = np.random.rand(1000)", "np.random.seed()", "d = np.random.rand(1000)")
        #expect(shell.run("bool((c == d).all())") == "False\n")
    }

    @Test(arguments: [
        ("np.random.default_rng(0)", "Generator(PCG64) at 0x"),
        ("np.random.RandomState(0)", "RandomState(MT19937) at 0x"),
        ("np.random.PCG64(0)", "<numpy.random._pcg64.PCG64 object at 0x"),
        ("np.random.MT19937(0)", "<numpy.random._mt19937.MT19937 object at 0x"),
    ])
    func objectsShowTheirClassAndAddress(_ expression: String, _ start: String) {
        let shell = SessionHarness()
        let text = shell.run(expression)
        #expect(text.hasPrefix(start) && text.hasSuffix("\n"))
        let address = text.dropFirst(start.count).dropLast().filter { $0 != ">" }
        #expect(!address.isEmpty && address.allSatisfy(\.isHexDigit))
    }

    @Test func printShowsTheClassWithoutTheAddress() {
        let shell = SessionHarness()
        #expect(
            shell.run("print(np.random.default_rng(0), np.random.RandomState(0))")
                == "Generator(PCG64) RandomState(MT19937)\n")
    }

    @Test func completionOffersTheModuleAndEachObjectsMethods() {
        let shell = SessionHarness()
        shell.run("rng = np.random.default_rng(1)", "rs = np.random.RandomState(1)", "ss = np.random.SeedSequence(1)")
        #expect(shell.session.completions(for: "np.random.default").candidates == ["default_rng"])
        #expect(
            shell.session.completions(for: "np.random.ra").candidates == [
                "rand", "randint", "randn", "random", "random_integers", "random_sample", "ranf", "rayleigh",
            ])
        #expect(shell.session.completions(for: "rng.in").candidates == ["integers"])
        #expect(shell.session.completions(for: "rng.bit").candidates == ["bit_generator"])
        #expect(shell.session.completions(for: "rs.randi").candidates == ["randint"])
        #expect(shell.session.completions(for: "ss.gen").candidates == ["generate_state"])
    }

    @Test func helpShowsNumPysSignatureAndWhatComesBack() {
        let shell = SessionHarness()
        shell.run("rng = np.random.default_rng(1)")
        let text = shell.run("help(rng.integers)")
        #expect(text.hasPrefix("integers(low, high=None, size=None, dtype=np.int64, endpoint=False)\n"))
        #expect(
            shell.run("np.random.poisson?").hasPrefix(
                "poisson(lam=1.0, size=None)\nSamples of the poisson distribution"))
    }
}

extension Arrsh {
    /// arrsh's version: the one place it is written. `--version`, the banner and the
    /// manual page (generated from `--help`, see `docs/regenerate-cli-files`) read it.
    static let version = "0.1.0"
}

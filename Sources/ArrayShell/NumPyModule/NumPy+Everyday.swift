/// The everyday functions NumPy writes in Python, each area in its own file.
extension NumPyModule {
    static func everydayFunctions() -> [Function] {
        introspectionFunctions() + indexHelperFunctions() + specialFunctions() + windowFunctions()
            + arrayAPIFunctions() + axisRollFunctions() + choosingFunctions() + pythonFunctionFunctions()
            + numericHelperFunctions() + matrixBuilderFunctions() + tensorProductFunctions()
            + convolutionFunctions() + covarianceFunctions() + gradientFunctions()
            + arrayTextFunctions() + indexIterationFunctions() + fromIterableFunctions()
            + blockFunctions()
    }
}

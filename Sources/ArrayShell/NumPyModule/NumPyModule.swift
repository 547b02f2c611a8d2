import ArrayEngine
import Foundation

/// The `np` namespace: constants, types and every supported function.
///
/// Functions are grouped by area in the `NumPy+*.swift` files; each area adds
/// its entries to the table built here.
public enum NumPyModule {
    static func make() -> Module {
        var table: [String: Value] = [
            "newaxis": .none,
            "nan": .float(.nan),
            "inf": .float(.infinity),
            "pi": .float(Double.pi),
            "e": .float(M_E),
            "ndarray": .type(.ndarray),
            "memmap": .type(.memmap),
            "bool": .scalarType(.bool),
            "bool_": .scalarType(.bool),
            "True_": .scalar(Scalar(bool: true)),
            "False_": .scalar(Scalar(bool: false)),
            "int_": .scalarType(.int64),
            "intp": .scalarType(.int64),
            "double": .scalarType(.float64),
            "single": .scalarType(.float32),
            "half": .scalarType(.float16),
            // C names NumPy 2 keeps as aliases of the sized types (on 64-bit Linux).
            "uint": .scalarType(.uint64), "uintp": .scalarType(.uint64),
            "long": .scalarType(.int64), "ulong": .scalarType(.uint64),
            "short": .scalarType(.int16), "ushort": .scalarType(.uint16),
            "byte": .scalarType(.int8), "ubyte": .scalarType(.uint8),
            "intc": .scalarType(.int32), "uintc": .scalarType(.uint32),
            "csingle": .scalarType(.complex64),
            "cdouble": .scalarType(.complex128),
            "__version__": .string("2.4.6"),
        ]
        for dtype in DType.allCases where dtype != .bool { table[dtype.name] = .scalarType(dtype) }
        table["str_"] = .scalarType(DType(.str))
        table["bytes_"] = .scalarType(DType(.bytes))
        table["object_"] = .scalarType(.object)
        table["datetime64"] = .scalarType(DType(.datetime64))
        table["timedelta64"] = .scalarType(DType(.timedelta64))
        let areas: [[Function]] = [
            creationFunctions(), shapeFunctions(), memoryFunctions(), joiningFunctions(),
            ufuncFunctions(), reductionFunctions(), otherFunctions(), fileFunctions(), objectFunctions(),
            broadcastingFunctions(), viewFunctions(), matrixFunctions(), layoutFunctions(),
            bytesFunctions(), productFunctions(), statisticsFunctions(),
            rearrangingFunctions(), mathFunctions(), setFunctions(),
            indexingFunctions(), nanFunctions(), editingFunctions(),
            paddingFunctions(), interpolationFunctions(), partitionFunctions(),
            complexFunctions(), typeInfoFunctions(), dtypeFunctions(), businessDayFunctions(), dateFunctions(),
            integerTextFunctions(), typeQueryFunctions(), fromTextFunctions(), iteratorFunctions(),
            everydayFunctions(),
        ]
        for function in areas.joined() { table[function.name] = .function(function) }
        for (alias, name) in ufuncAliases { table[alias] = table[name] }
        table.merge(indexTrickObjects()) { _, trick in trick }
        table["lib"] = .module(libModule())
        table["rec"] = .module(RecordArrays.module())
        table["recarray"] = .type(.recarray)
        table["record"] = .type(.record)
        table["void"] = .type(.void)
        table["char"] = .module(charModule(named: "char"))
        table["strings"] = .module(charModule(named: "strings"))
        table["dtypes"] = .module(dtypesModule())
        table["linalg"] = .module(linalgModule())
        table["random"] = .module(RandomModule.make())
        table["dtype"] = .type(.dtype)
        for type in abstractScalarTypes { table[String(type.rawValue.dropFirst("numpy.".count))] = .type(type) }
        return Module(name: "numpy", attributes: table)
    }

    /// A NumPy function declared by its signature (see `Signature`).
    static func function(
        _ declaration: String, notYet: Set<String> = [], style: Signature.Style = .python, doc: String,
        _ body: @escaping (Interpreter, BoundArguments) throws(PythonError) -> Value
    ) -> Function {
        Function(Signature(declaration, notYet: notYet, style: style), kind: .numpy, doc: doc, body)
    }

    /// `np.int32(5)`: a NumPy scalar of a given type.
    static func makeScalar(_ dtype: DType, _ args: BoundArguments) throws(PythonError) -> Value {
        if dtype.isTime { return try TimeValues.scalar(dtype, args) }
        // `np.object_(x)` is x itself (a sequence becomes an object array); `np.object_()` is None.
        if dtype.isObject {
            guard let value = args.raw("value") else { return .none }
            if case .list = value { return .array(try ObjectValues.array(from: value)) }
            if case .tuple = value { return .array(try ObjectValues.array(from: value)) }
            return value
        }
        if dtype.isString {
            let text = try Convert.array(args.raw("value") ?? .string(""), dtype: dtype)
            return text.ndim == 0 ? Convert.value(.array(text)) : .array(text)
        }
        guard var value = args.raw("value") else { return .scalar(Scalar(.int(0), as: dtype)) }
        value = try Convert.castingNone(value, to: dtype)
        // A Python int past 64 bits goes into a float, complex or bool type through float().
        if case .bigInt(let b) = value, !dtype.isInteger { value = .float(try PythonInt.double(b)) }
        if case .string(let text) = value {
            guard let number = Double(text) else {
                throw .value("invalid literal for \(dtype.name) with base 10: '\(text)'")
            }
            return .scalar(Scalar(.float(number), as: dtype))
        }
        // Python numbers go into integers as they would be stored: floats through int(), ranges
        // checked. NumPy scalars are cast (np.int8(np.float64(300.5)) is 44).
        var pythonNumbers = false
        switch value {
        case .int, .bigInt, .float, .list, .tuple: pythonNumbers = true
        default: break
        }
        if dtype.isInteger, pythonNumbers {
            let array = try Convert.assignable(value, into: dtype)
            return array.ndim == 0 ? .scalar(try array.item()) : .array(array)
        }
        let array = try Convert.array(value)
        if array.ndim == 0 { return .scalar(Scalar(try array.item().value, as: dtype)) }
        return .array(try array.copy(as: dtype))
    }

    /// A reduction or function result: 0-d arrays come back as NumPy scalars.
    static func result(_ array: NDArray) throws(PythonError) -> Value {
        try Interpreter.unwrap(array, scalar: true)
    }
}

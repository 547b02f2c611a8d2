// The C library's complex functions for ArrayEngine. NumPy's complex ufuncs call
// these same functions (csqrt, cexp, clog, ...), and Swift cannot call functions
// that take C `_Complex` values, so each is wrapped to take and return two parts.
#ifndef ARRSH_COMPLEX_MATH_H
#define ARRSH_COMPLEX_MATH_H

/// The functions, numbered for the one entry point per precision.
typedef enum {
    ArrshComplexSqrt, ArrshComplexExp, ArrshComplexLog,
    ArrshComplexSin, ArrshComplexCos, ArrshComplexTan,
    ArrshComplexArcsin, ArrshComplexArccos, ArrshComplexArctan,
    ArrshComplexSinh, ArrshComplexCosh, ArrshComplexTanh,
    ArrshComplexArccosh, ArrshComplexArcsinh, ArrshComplexArctanh,
} ArrshComplexFunction;

void arrsh_complex_double(ArrshComplexFunction function, double real, double imaginary,
                          double *resultReal, double *resultImaginary);
void arrsh_complex_float(ArrshComplexFunction function, float real, float imaginary,
                         float *resultReal, float *resultImaginary);
void arrsh_complex_pow_double(double ar, double ai, double br, double bi, double *real, double *imaginary);
void arrsh_complex_pow_float(float ar, float ai, float br, float bi, float *real, float *imaginary);

#endif

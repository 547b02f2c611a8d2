#include "CComplexMath.h"
#include <complex.h>

// C guarantees a complex number is laid out as an array of its two parts.
static double complex make(double real, double imaginary) {
    double complex z;
    ((double *)&z)[0] = real;
    ((double *)&z)[1] = imaginary;
    return z;
}

static float complex makef(float real, float imaginary) {
    float complex z;
    ((float *)&z)[0] = real;
    ((float *)&z)[1] = imaginary;
    return z;
}

void arrsh_complex_double(ArrshComplexFunction function, double real, double imaginary,
                          double *resultReal, double *resultImaginary) {
    double complex z = make(real, imaginary), r;
    switch (function) {
    case ArrshComplexSqrt: r = csqrt(z); break;
    case ArrshComplexExp: r = cexp(z); break;
    case ArrshComplexLog: r = clog(z); break;
    case ArrshComplexSin: r = csin(z); break;
    case ArrshComplexCos: r = ccos(z); break;
    case ArrshComplexTan: r = ctan(z); break;
    case ArrshComplexArcsin: r = casin(z); break;
    case ArrshComplexArccos: r = cacos(z); break;
    case ArrshComplexArctan: r = catan(z); break;
    case ArrshComplexSinh: r = csinh(z); break;
    case ArrshComplexCosh: r = ccosh(z); break;
    case ArrshComplexArccosh: r = cacosh(z); break;
    case ArrshComplexArcsinh: r = casinh(z); break;
    case ArrshComplexArctanh: r = catanh(z); break;
    default: r = ctanh(z); break;
    }
    *resultReal = creal(r);
    *resultImaginary = cimag(r);
}

void arrsh_complex_float(ArrshComplexFunction function, float real, float imaginary,
                         float *resultReal, float *resultImaginary) {
    float complex z = makef(real, imaginary), r;
    switch (function) {
    case ArrshComplexSqrt: r = csqrtf(z); break;
    case ArrshComplexExp: r = cexpf(z); break;
    case ArrshComplexLog: r = clogf(z); break;
    case ArrshComplexSin: r = csinf(z); break;
    case ArrshComplexCos: r = ccosf(z); break;
    case ArrshComplexTan: r = ctanf(z); break;
    case ArrshComplexArcsin: r = casinf(z); break;
    case ArrshComplexArccos: r = cacosf(z); break;
    case ArrshComplexArctan: r = catanf(z); break;
    case ArrshComplexSinh: r = csinhf(z); break;
    case ArrshComplexCosh: r = ccoshf(z); break;
    case ArrshComplexArccosh: r = cacoshf(z); break;
    case ArrshComplexArcsinh: r = casinhf(z); break;
    case ArrshComplexArctanh: r = catanhf(z); break;
    default: r = ctanhf(z); break;
    }
    *resultReal = crealf(r);
    *resultImaginary = cimagf(r);
}

void arrsh_complex_pow_double(double ar, double ai, double br, double bi, double *real, double *imaginary) {
    double complex r = cpow(make(ar, ai), make(br, bi));
    *real = creal(r);
    *imaginary = cimag(r);
}

void arrsh_complex_pow_float(float ar, float ai, float br, float bi, float *real, float *imaginary) {
    float complex r = cpowf(makef(ar, ai), makef(br, bi));
    *real = crealf(r);
    *imaginary = cimagf(r);
}

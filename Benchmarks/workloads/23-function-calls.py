# Recursive Python function calls: fib(22) is 28,657 calls each adding two results.
import numpy as np
n = 22  # bench-size


def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)


print(fib(n), np.int64(1))

try:
    np.arange(3)[5]
except IndexError as e:
    print('caught:', e)

try:
    np.sum(np.ones(3), axis=2)
except ValueError as e:
    print(type(e).__name__, '|', e)

try:
    np.sum(np.ones(3), axis=2)
except IndexError:
    print('AxisError is an IndexError too')

issubclass(np.exceptions.AxisError, ValueError), issubclass(np.exceptions.AxisError, IndexError)
try:
    np.arange(3) + 'a'
except TypeError as e:
    print('TypeError caught')

try:
    x = 1 / 0
except (ValueError, ZeroDivisionError) as e:
    print(repr(e))
else:
    print('no error')
finally:
    print('finally runs')

try:
    x = 1
except Exception:
    print('not here')
else:
    print('else runs', x)

def check(v):
    if v < 0:
        raise ValueError(f'negative: {v}')
    return v

check(3)
check(-2)
try:
    check(-1)
except ValueError as err:
    print(err.args)

try:
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError('lookup failed') from e
except RuntimeError as e:
    print(e, '<-', repr(e.__cause__))

assert 1 + 1 == 2
assert np.all(np.arange(3) >= 0), 'negative values'
assert 1 > 2, 'one is not greater'
assert False
raise TypeError('custom message')
raise KeyError('k')
raise ValueError
try:
    raise
except RuntimeError as e:
    print(e)

e
ValueError('bad'), str(ValueError('bad')), ValueError(1, 2)
isinstance(ZeroDivisionError(), ArithmeticError), ZeroDivisionError.__mro__
def first(items):
    try:
        return items[0]
    except IndexError:
        return None
    finally:
        print('checked')

first([5]), first([])

total = 0
for i in range(5):
    total += 2**62

total
total = 0
a = np.arange(5)
for i in range(5):
    total += a[i]

total, type(total)
x = 2**63 - 1
x += 1
x
f = 1.5
f += True
f
s = np.float64(1.0)
s += 2
s, type(s)
t = np.int64(2**62)
t += t
t
u = np.int64(7)
u /= 2
u
v = [1]
v += (2, 3)
v
w = 5
w -= 7.5
w
q = np.int8(100)
q += 100
q
m = np.arange(12.0).reshape(3, 4)
c = 0
acc = 0.0
for k in range(3):
    for i in range(3):
        for j in range(4):
            acc = acc + m[i, j]
            if i < j:
                c += 1

acc, c, type(acc)
m[-1, -4], m[2, 3]
m[3, 0]
m[0, -5]
m[1.0, 2]
m.T[1, 2], m[::-1, ::2][1, 1]
np.arange(6)[2, 1]
np.zeros((2, 2, 2))[1, 1]
np.array([[1, 2], [3, 4]], dtype=np.int8)[1, 0]
{(1, 2): 'pair'}[1, 2]
def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)

fib(15)
def reads_global():
    return base + 1

base = 41
reads_global()
base = 'a'
reads_global()
del base
reads_global()
def shadows():
    value = base
    base = 1
    return value

shadows()
def counts():
    n = 0
    for i in range(4):
        n += i
    return n

counts()
def writes_global():
    global hits
    hits = hits + 1

hits = 0
writes_global(); writes_global()
hits
def outer():
    hidden = 3
    def inner():
        return hidden * 2
    return inner()

outer()
def depth(n):
    return depth(n + 1)

depth(0)
len = 3
def uses_len():
    return len

uses_len()
del len
uses_len()

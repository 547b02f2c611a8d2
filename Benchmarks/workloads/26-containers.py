# Dicts, lists and sets built and read in loops: d[k] = v, d[k], k in d,
# lst.append(x), for x in lst, s.add(x), x in s, sum of a generator, list(range(n)).
n = 200_000  # bench-size
d = {}
for i in range(n):
    d[i * 7 % n] = i

hits = 0
total = 0
for i in range(0, 2 * n, 3):
    if i in d:
        hits += 1
        total += d[i]

lst = []
for x in range(n):
    lst.append(x * 3)

s = set()
for x in lst:
    s.add(x % 1000)

found = 0
for x in range(2000):
    if x in s:
        found += 1

r = list(range(n))
g = sum(x * x for x in r if x % 3 == 0)
print(len(d), hits, total, len(lst), len(s), found, g)

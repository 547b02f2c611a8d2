# A for statement over a list reads it by position, as Python's list iterator does: items appended during the loop are visited, a list that shrinks ends the loop early, the name rebound or the list replaced in place does not restart it; break, continue, else, return and unpacking as over any iterable.
lst = [1, 2, 3]
for x in lst:
    if x < 4:
        lst.append(x + 3)

lst
lst = [1, 2, 3, 4, 5, 6]
seen = []
for x in lst:
    seen.append(x)
    lst.pop()

seen, lst
lst = [1, 2, 3]
for x in lst:
    print(x)
    lst = [10, 20]

lst
lst = [1, 2, 3, 4]
for x in lst:
    print(x)
    lst[:] = [7, 8]

lst = [5, 6, 7]
for x in lst:
    print(x)
    lst.insert(0, 0)
    if len(lst) > 6:
        break

lst
for x in []:
    print('never')
else:
    print('empty: else runs')

for x in [1, 2, 3]:
    if x == 2:
        continue
    print(x)
else:
    print('done')

for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print('not printed')

x
for a, b in [(1, 'a'), (2, 'b')]:
    print(a, b)

for a, b in [(1, 2), (3,)]:
    print(a, b)

def first_even(items):
    for v in items:
        if v % 2 == 0:
            return v
    return None

first_even([1, 3, 4, 6]), first_even([1, 3])
grid = [[1, 2], [3, 4]]
for row in grid:
    for v in row:
        row.append(v * 10) if v < 3 else None

grid
lst = [1, 2]
for x in lst:
    for y in lst:
        print(x, y)

lst = [0]
for x in lst:
    if len(lst) < 5:
        lst += [x + 1]

lst
lst = [3, 1, 2]
for x in lst:
    lst.sort()
    print(x)

lst = [1, 2, 3]
for lst[0] in lst:
    pass

lst
lst = [1, 2, 3]
for x in lst:
    del lst[0]
    print(x, lst)

total = 0
for x in [1, 2.5, True, 2**70, None]:
    total = total + x

total

a = [1]
b = a
a += [2]
a += (3, 4)
a += range(2)
b
a *= 2
b
a += 5
b
c = a
a *= 0
c
t = (1,)
u = t
t += (2,)
u, t
big = ['x'] * 3
alias = big
big += big
alias
big.extend(big)
len(alias), alias[-1]

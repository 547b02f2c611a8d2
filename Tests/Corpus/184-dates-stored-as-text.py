# Text and None stored into datetime64 arrays: one element, a slice, a list of texts, a mask, other units ('2020-01-05', 'NaT', None as NaT); arrsh parsed the text as int() did.
import numpy as np
d = np.zeros(4, dtype='M8[D]')
d[1] = '2020-01-05'
d[2] = 'NaT'
d[3] = None
d
d[:2] = ['2021-02-03', 'NaT']
d
d[d > np.datetime64('2021-01-01')] = '1999-12-31'
d
s = np.zeros(2, dtype='datetime64[s]')
s[0] = '2020-01-05T10:20:30'
s[1] = '2020-01-05'
s
d[0] = 'not a date'
d[0] = 5
d

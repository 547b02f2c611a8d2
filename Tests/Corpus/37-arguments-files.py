a = np.arange(6, dtype=np.int16).reshape(2, 3)
np.save(file='/tmp/arrsh-corpus-37.npy', arr=a, allow_pickle=False)
np.load('/tmp/arrsh-corpus-37.npy', allow_pickle=True)
np.load(file='/tmp/arrsh-corpus-37.npy', mmap_mode='r')
np.load('/tmp/arrsh-corpus-37.npy', fix_imports=False, encoding='latin1')
np.load('/tmp/arrsh-corpus-37.npy', max_header_size=20000)
np.savez('/tmp/arrsh-corpus-37.npz', a, a.T, allow_pickle=False, b=a[0])
d = np.load('/tmp/arrsh-corpus-37.npz')
d.files
d['arr_1']
d['b']

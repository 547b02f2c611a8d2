t = np.arange(6).reshape(2, 3).T
c = np.ones((3, 2), dtype=int)
np.copy(t).strides, t.copy().strides, t.astype(float).strides
(t + 1).strides, (t + t).strides, (t + c).strides, (c + t).strides, (-t).strides
np.array(t).strides, np.sqrt(t).strides, (t[::-1] + 1).strides, (t > 1).strides
np.where(t > 1, t, 0).strides, np.ascontiguousarray(t).strides if False else 0
t[:, ::2].copy().strides, np.copy(t[::-1]).strides
(np.arange(24).reshape(2, 3, 4).transpose(1, 0, 2) + 0).strides
np.arange(24).reshape(2, 3, 4).transpose(2, 0, 1).astype(float).strides
np.copy(t).flags
np.copy(t).T.view(np.int16).shape
(t + 1).reshape(6).base is None
np.copy(t).ravel().base is None
(np.zeros((3, 1)) + np.zeros((1, 4))).strides
(np.zeros((4, 1)).T + np.zeros((3, 4))).strides
np.broadcast_to(np.arange(3), (2, 3)).copy().strides, np.copy(np.broadcast_to(np.arange(3), (2, 3))).strides
b = np.broadcast_to(np.arange(3), (2, 3))
(b + 1).strides, np.negative(b).strides, b.astype(float).strides, np.array(b).strides
x = np.arange(24).reshape(2, 3, 4)[:, ::-1, ::2].transpose(2, 0, 1)
x.strides, np.copy(x).strides, (x + 1).strides
np.array([1e308, 1e308]).sum()
np.array([np.inf, -np.inf]).sum()
np.array([1.0, 2.0]).sum()
np.array([1e308,1e308]).max()
np.linspace(-2, 2, 6, dtype=int)
np.linspace(0, 1, 3, dtype=np.float32)
np.linspace(-1, 1, 5, dtype=np.int8)

"""Ownership of library handles: freed once, by close(), `with`, or the garbage collector."""
import sys


class Handle:
    _free = None  # set by subclasses: the ducha_*_free function

    def __init__(self, ptr):
        self._ptr = ptr

    @property
    def _as_parameter_(self):
        # A closed object passes NULL, which the library rejects with InvalidArgumentError.
        return self._ptr

    def close(self):
        """Releases the library object now; the Python object is unusable afterwards."""
        ptr, self._ptr = getattr(self, "_ptr", None), None
        if ptr and type(self)._free is not None:
            type(self)._free(ptr)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        # At interpreter shutdown module globals may already be gone; the OS reclaims memory then.
        if sys is None or sys.meta_path is None:
            return
        try:
            self.close()
        except Exception:
            pass

"""Writing files whole or not at all: a race to GIF or MP4 frame by frame, a PNG, any
file through :func:`replacing`, with nothing left behind on cancel or failure.

Frames go to a hidden temporary file next to the target; only ``close()`` renames it into
place, so a cancelled or failed recording never leaves a partial file. Qt-free: the
window and the headless renderer both feed it (h, w, 3) uint8 frames.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import numpy as np

FORMATS = (".gif", ".mp4", ".png")


class MediaError(ValueError):
    pass


def publish(tmp, path) -> Path:
    """Move a finished temporary file into place with the permissions a new file gets
    (mkstemp makes it private: a lecturer's GIF must be readable from a web folder)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, path)
    return Path(path)


def temporary_beside(path, suffix: str | None = None) -> Path:
    """A new, hidden, empty file in ``path``'s folder (".name-XXXX.suffix")."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix if suffix is None else suffix,
                               dir=path.parent)
    os.close(fd)
    return Path(tmp)


@contextlib.contextmanager
def replacing(path, suffix: str | None = None):
    """A hidden temporary file beside ``path`` (``suffix``: its ending, default path's)
    that becomes ``path`` only when the block ends without an error: a failed write never
    leaves a partial file, nor a temporary one.

        with replacing(path) as tmp:
            tmp.write_text(text, encoding="utf-8")
    """
    tmp = temporary_beside(path, suffix)
    try:
        yield tmp
        publish(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def check_target(path) -> Path:
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise MediaError(f"Unsupported file type {path.suffix or '(none)'!r} for {path.name!r}: "
                         f"use one of {', '.join(FORMATS)}")
    if not path.parent.exists():
        raise MediaError(f"Folder does not exist: {path.parent}")
    if not path.parent.is_dir():
        raise MediaError(f"Not a folder: {path.parent}")
    if not os.access(path.parent, os.W_OK):
        raise MediaError(f"Folder is not writable: {path.parent}")
    return path


# A GIF with one palette (GifFrames): the first frame whole, then what changed. Measured at
# 800x600 with 2-px trails (a film's legend names no step, so only the race changes): the
# first frame <= 0.25 bytes a pixel; each later one ~1.6 KB (scenario 7) to ~4.5 KB (scenario 4,
# arrows and ellipses): lines a few pixels wide, so the cost grows with the side, not the area.
# Scenario 7, 10 s: 0.45 MB at 800x600, 0.22 MB at 400x300. An estimate near the upper end:
GIF_FIRST_BYTES_PER_PIXEL = 0.25
GIF_FRAME_BYTES_PER_SIDE = 5.5   # x sqrt(width x height)


def gif_size_estimate(width: int, height: int, distinct_frames: int) -> int:
    """About how many bytes a race's GIF will take (an upper estimate, said before recording)."""
    pixels = width * height
    return int(GIF_FIRST_BYTES_PER_PIXEL * pixels
               + GIF_FRAME_BYTES_PER_SIDE * pixels ** 0.5 * max(0, distinct_frames - 1))


class GifFrames:
    """A GIF's frames, kept until they are encoded with ONE palette and no dithering.

    imageio's default (Pillow quantizing each frame on its own, dithered) changes nearly
    every pixel of the heat map from one frame to the next, so every frame was stored whole:
    19 MB for scenario 7's 10 s at 800x600. With one palette an unchanged pixel keeps its
    index, and Pillow stores only the rectangle that changed (frame differencing)."""

    def __init__(self):
        self.frames: list[np.ndarray] = []

    def append_data(self, frame: np.ndarray) -> None:
        self.frames.append(frame)

    def close(self) -> None:
        self.frames = []

    def palette(self, samples: int = 12):
        """255 colours of a dozen frames spread over the film, first and last among them (the
        map, every trail as drawn, colours that show only for a while such as arrows)."""
        from PIL import Image

        picks = np.unique(np.linspace(0, len(self.frames) - 1, min(samples, len(self.frames))).round().astype(int))
        stacked = np.concatenate([self.frames[i] for i in picks], axis=0)
        return Image.fromarray(stacked).quantize(colors=255, method=Image.Quantize.MEDIANCUT,
                                                 dither=Image.Dither.NONE)

    def encode(self, path, fps: float) -> None:
        from PIL import Image

        palette = self.palette()
        images = [Image.fromarray(f).quantize(palette=palette, dither=Image.Dither.NONE) for f in self.frames]
        self.frames = []
        images[0].save(path, format="GIF", save_all=True, append_images=images[1:], loop=0,
                       duration=round(1000.0 / fps), optimize=False)


class VideoWriter:
    """GIF (looping) or MP4 (H.264) at ``fps`` frames per second."""

    def __init__(self, path, fps: float = 30.0):
        import imageio.v2 as iio2

        self.path = check_target(path)
        if self.path.suffix.lower() == ".png":
            raise MediaError("A PNG holds one frame; use .gif or .mp4 for a recording")
        if not 1 <= fps <= 120:
            raise MediaError(f"Invalid frame rate {fps!r}: must be between 1 and 120")
        self._tmp = temporary_beside(self.path)
        self.frames = 0
        self._size = None
        self._fps = fps
        self.bytes_written: int | None = None  # the file's size once closed
        if self.path.suffix.lower() == ".gif":
            self._writer = GifFrames()
        else:
            self._writer = iio2.get_writer(self._tmp, format="FFMPEG", fps=fps, codec="libx264", quality=7,
                                           macro_block_size=2, ffmpeg_log_level="error")

    def append(self, frame: np.ndarray) -> None:
        frame = np.ascontiguousarray(frame[..., :3], dtype=np.uint8)
        if self._size is None:
            self._size = frame.shape[:2]
        elif frame.shape[:2] != self._size:
            raise MediaError(f"Frame {self.frames} is {frame.shape[1]}x{frame.shape[0]}, "
                             f"expected {self._size[1]}x{self._size[0]}")
        if self.path.suffix.lower() == ".mp4" and (frame.shape[0] % 2 or frame.shape[1] % 2):
            frame = frame[: frame.shape[0] // 2 * 2, : frame.shape[1] // 2 * 2]
        self._writer.append_data(frame)
        self.frames += 1

    def close(self, keep=None) -> Path | None:
        """Finish the file and move it into place. A GIF is encoded only now (seconds for a
        long one), so ``keep()``, if given, is asked afterwards: False (a cancel that came
        meanwhile) drops the file instead and returns None."""
        if isinstance(self._writer, GifFrames):
            if self.frames:
                self._writer.encode(self._tmp, self._fps)
        else:
            self._writer.close()
        if self.frames == 0:
            self._tmp.unlink(missing_ok=True)
            raise MediaError("Nothing was recorded")
        self.bytes_written = self._tmp.stat().st_size
        if keep is not None and not keep():
            self._tmp.unlink(missing_ok=True)
            return None
        publish(self._tmp, self.path)
        return self.path

    def abort(self) -> None:
        """Drop everything written so far."""
        try:
            self._writer.close()  # a GIF's frames are dropped
        except Exception:  # a half-written stream may fail to close; it is deleted anyway
            pass
        self._tmp.unlink(missing_ok=True)

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is None:
            self.close()
        else:
            self.abort()
        return False


def write_png(path, frame: np.ndarray) -> Path:
    import imageio.v3 as iio

    path = check_target(path)
    with replacing(path, ".png") as tmp:
        iio.imwrite(tmp, np.ascontiguousarray(frame, dtype=np.uint8))
    return path

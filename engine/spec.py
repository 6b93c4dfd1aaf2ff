"""Parameter specifications: the single source of defaults, ranges and docs.

Every optimizer hyperparameter and every surface parameter is described by one
:class:`Param`. The engine validates with it, the window builds its panels from it
(``ParameterTree``), and the docs list it. Errors follow torch.optim's habit of naming
the offender and showing the value::

    ValueError: Invalid value for adam's 'beta1': 1.2 (must be in [0, 1))
"""
from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping


@dataclass(frozen=True)
class Param:
    """One tunable parameter.

    kind: "float" | "int" | "bool" | "choice".
    low/high bound the value; low_open/high_open make that bound strict.
    log: the natural slider for this value is logarithmic (learning rates, eps).
    group: "" for the method's own parameters, "modifiers" for clipping and schedules.
    """

    name: str
    default: Any
    doc: str
    kind: str = "float"
    low: float = -math.inf
    high: float = math.inf
    low_open: bool = False
    high_open: bool = False
    log: bool = False
    choices: tuple = ()
    group: str = ""

    def range_text(self) -> str:
        if self.kind == "bool":
            return "True or False"
        if self.kind == "choice":
            return "one of " + ", ".join(repr(c) for c in self.choices)
        lo = "(" if self.low_open else "["
        hi = ")" if self.high_open or math.isinf(self.high) else "]"
        if math.isinf(self.low):
            lo = "("
        return f"{lo}{_fmt(self.low)}, {_fmt(self.high)}{hi}"

    def check(self, value: Any, owner: str) -> Any:
        """Return ``value`` coerced to this parameter's type, or raise ValueError."""
        where = f"{owner}'s {self.name!r}"
        if self.kind == "bool":
            if isinstance(value, (bool,)) or (hasattr(value, "dtype") and value.dtype == bool):
                return bool(value)
            if isinstance(value, (int, float)) and value in (0, 1):
                return bool(value)
            raise ValueError(f"Invalid value for {where}: {value!r} (must be True or False)")
        if self.kind == "choice":
            if value in self.choices:
                return value
            raise ValueError(
                f"Invalid value for {where}: {value!r} (must be {self.range_text()})"
            )
        if isinstance(value, bool) or not isinstance(value, (int, float)) and not _is_np_number(value):
            raise ValueError(f"Invalid value for {where}: {value!r} (must be a number in {self.range_text()})")
        number = float(value)
        if self.kind == "int":
            if not number.is_integer():
                raise ValueError(f"Invalid value for {where}: {value!r} (must be a whole number in {self.range_text()})")
        if not math.isfinite(number) and not (math.isinf(number) and math.isinf(self.high) and number > 0):
            raise ValueError(f"Invalid value for {where}: {value!r} (must be a finite number in {self.range_text()})")
        too_low = number <= self.low if self.low_open else number < self.low
        too_high = number >= self.high if self.high_open else number > self.high
        if too_low or too_high:
            raise ValueError(f"Invalid value for {where}: {value!r} (must be in {self.range_text()})")
        return int(number) if self.kind == "int" else number


def _is_np_number(value: Any) -> bool:
    return hasattr(value, "dtype") and getattr(value, "ndim", 1) == 0 and value.dtype.kind in "iuf"


def _fmt(x: float) -> str:
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return f"{x:g}"


@dataclass
class Spec:
    """An ordered collection of :class:`Param`, with validation helpers."""

    owner: str
    params: tuple[Param, ...] = field(default_factory=tuple)

    def __iter__(self):
        return iter(self.params)

    def __len__(self):
        return len(self.params)

    def __contains__(self, name: str) -> bool:
        return any(p.name == name for p in self.params)

    def __getitem__(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def names(self) -> list[str]:
        return [p.name for p in self.params]

    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}

    def validate(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Check each given value; unknown names raise with the valid choices."""
        out = {}
        for name, value in values.items():
            if name not in self:
                raise ValueError(unknown_name_message(f"parameter of {self.owner}:", name, self.names()))
            out[name] = self[name].check(value, self.owner)
        return out


def unknown_name_message(what: str, name: Any, valid: Iterable[str]) -> str:
    valid = list(valid)
    close = difflib.get_close_matches(str(name), valid, n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    return f"Unknown {what} {name!r}.{hint} Valid choices: {', '.join(valid)}"

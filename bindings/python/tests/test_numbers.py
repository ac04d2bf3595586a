from decimal import Decimal
from fractions import Fraction

import pytest

import ducha


def test_normalize_is_exact_and_canonical():
    assert ducha.normalize("+007.50") == Decimal("7.50")
    assert str(ducha.normalize("33.31")) == "33.31"
    assert ducha.normalize(Decimal("0.1")) == Decimal("0.1")
    assert ducha.normalize(12) == Decimal(12)


def test_floats_and_other_types_are_refused():
    with pytest.raises(TypeError, match="not exact"):
        ducha.normalize(0.1)
    with pytest.raises(TypeError):
        ducha.normalize(True)
    with pytest.raises(TypeError):
        ducha.normalize([1])
    with pytest.raises(ValueError):
        ducha.normalize(Decimal("NaN"))


def test_compare_ratio_and_format():
    assert ducha.compare("1.5", "1.50") == 0
    assert ducha.compare("-36.8", "-19") == -1
    assert ducha.compare(Decimal("2"), 1) == 1
    assert ducha.ratio("2", "30") == Fraction(1, 15)
    assert ducha.ratio("33.31", "150") == Fraction(3331, 15000)
    assert ducha.format_number(Fraction(1, 15), percent=True) == "6.67"
    assert ducha.format_number("2.345", 2, "half_up") == "2.35"
    assert ducha.format_number("2.345", 2) == "2.34"


def test_units():
    assert ducha.dimension("万平方米") == "area"
    assert ducha.dimension("%") == "percent"
    assert ducha.convert(1, "亩", "平方米") == Fraction(2000, 3)
    assert ducha.convert("1.9", "万人", "人") == 19000
    assert ducha.target_hints("地区生产总值增长5.5%左右", "%") == ("growth", "around", False)
    assert ducha.target_hints("新建30个社区健身点", "个") == ("cumulative", "reach", False)


@pytest.mark.parametrize("call,exc", [
    (lambda: ducha.normalize("3.3.3"), ducha.ParseError),
    (lambda: ducha.normalize("1e400"), ducha.OutOfRangeError),
    (lambda: ducha.normalize(""), ducha.ParseError),
    (lambda: ducha.ratio("1", "0"), ducha.DivisionByZeroError),
    (lambda: ducha.dimension("公斤x"), ducha.UnknownUnitError),
    (lambda: ducha.convert("4260", "㎡", "立方米"), ducha.UnitMismatchError),
    (lambda: ducha.normalize("\udcff"), UnicodeEncodeError),
    (lambda: ducha.format_number("1", 19), ducha.InvalidArgumentError),
    (lambda: ducha.format_number("1", 2, "banker"), ValueError),
])
def test_errors_are_exceptions_with_the_library_message(call, exc):
    with pytest.raises(exc) as info:
        call()
    if isinstance(info.value, ducha.DuchaError):
        assert info.value.message
        assert info.value.code < 0


def test_exception_hierarchy():
    assert issubclass(ducha.ParseError, ducha.DuchaError)
    assert issubclass(ducha.ParseError, ValueError)
    assert issubclass(ducha.DuchaIOError, OSError)
    assert issubclass(ducha.NotFoundError, LookupError)
    assert issubclass(ducha.DivisionByZeroError, ZeroDivisionError)
    from ducha.errors import error_for
    assert type(error_for(-3, "m")) is ducha.OutOfRangeError
    assert type(error_for(-500, "m")) is ducha.DuchaError
    assert error_for(-4, "").message == "ducha error -4"


def test_library_version():
    assert ducha.library_version() == ducha.__version__


def test_a_missing_library_is_a_clear_import_error(tmp_path):
    import os
    import subprocess
    import sys
    env = dict(os.environ, DUCHA_LIBRARY=str(tmp_path / "libducha.so.1"))
    r = subprocess.run([sys.executable, "-c", "import ducha"], env=env, capture_output=True, text=True)
    assert r.returncode != 0
    assert "ImportError: cannot load libducha" in r.stderr and "DUCHA_LIBRARY" in r.stderr


def test_a_handle_of_the_wrong_type_is_refused():
    policy = ducha.Policy()
    wrong = ducha.Plan(policy._ptr)  # a policy pretending to be a plan
    with pytest.raises(ducha.HandleError, match="not a live ducha_plan"):
        len(wrong)
    wrong._ptr = None  # the policy is freed by its own object
    policy.close()

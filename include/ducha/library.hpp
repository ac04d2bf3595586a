// The C++ API of the library (libducha, CMake target ducha::ducha) in one include:
// plans, policies and evaluations as JSON; text reading; tables; reports; rule cases.
// It needs the header-only core too (ducha::core): link both. The C API is ducha.h.
#pragma once

#include "ducha/ducha.hpp"
#include "ducha/escalation.hpp"
#include "ducha/json.hpp"
#include "ducha/limits.hpp"
#include "ducha/report.hpp"
#include "ducha/rules.hpp"
#include "ducha/tables.hpp"
#include "ducha/text.hpp"

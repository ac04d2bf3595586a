// Version and ABI namespace of the C++ core.
#pragma once

#include "ducha/version.h"  // generated from CMakeLists.txt's project version

// Every public C++ name lives in ducha::v1 so that two incompatible versions
// linked into one program fail to link instead of misbehaving.
#define DUCHA_BEGIN_NAMESPACE namespace ducha { inline namespace v1 {
#define DUCHA_END_NAMESPACE } }

// Marks the functions of the C++ API that libducha.so exports (include/ducha/library.hpp);
// everything else in the library is hidden. Harmless in the header-only core.
#if defined(__GNUC__) || defined(__clang__)
#define DUCHA_API __attribute__((visibility("default")))
#else
#define DUCHA_API
#endif

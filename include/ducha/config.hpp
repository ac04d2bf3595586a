// Version and ABI namespace of the C++ core.
#pragma once

#include "ducha/version.h"  // generated from CMakeLists.txt's project version

// Every public C++ name lives in ducha::v1 so that two incompatible versions
// linked into one program fail to link instead of misbehaving.
#define DUCHA_BEGIN_NAMESPACE namespace ducha { inline namespace v1 {
#define DUCHA_END_NAMESPACE } }

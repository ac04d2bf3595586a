// Version and ABI namespace of the C++ core.
#pragma once

#define DUCHA_VERSION_MAJOR 0
#define DUCHA_VERSION_MINOR 1
#define DUCHA_VERSION_PATCH 0
#define DUCHA_VERSION_STRING "0.1.0"

// Every public C++ name lives in ducha::v1 so that two incompatible versions
// linked into one program fail to link instead of misbehaving.
#define DUCHA_BEGIN_NAMESPACE namespace ducha { inline namespace v1 {
#define DUCHA_END_NAMESPACE } }

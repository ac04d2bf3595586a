// The handle registry of the C interface (issue 14): a ducha_plan*, ducha_policy*
// or ducha_evaluation* is not the address of an object but a token naming a slot
// of a checked table and that slot's generation. A freed handle's slot gets a new
// generation before it is reused, so a stale or forged handle is always refused
// (DUCHA_EHANDLE), never dereferenced, and freeing it again frees nothing. A slot
// whose generation counter is exhausted is retired, never reused. Internal.
#pragma once

#include <cstdint>
#include <memory>

namespace ducha::capi {

enum class HandleKind : std::uint32_t { plan = 1, policy = 2, evaluation = 3 };

// Takes ownership of `object` and returns its token (never 0).
std::uintptr_t register_object(HandleKind kind, std::shared_ptr<void> object);
// The object of a live token of this kind, or nullptr. The shared_ptr keeps it
// alive for the caller even if another thread frees the handle meanwhile.
std::shared_ptr<void> find_object(HandleKind kind, std::uintptr_t token);
// Ends a live token (the object goes when its last user lets go); false if the
// token was not live.
bool release_object(HandleKind kind, std::uintptr_t token);
// release_object for a ducha_*_free: NULL, stale and foreign handles are ignored.
void release_handle(HandleKind kind, const void* handle) noexcept;
// Live handles (for tests and leak checks).
std::size_t live_handle_count();

template <class Handle, class T>
Handle* make_handle(HandleKind kind, std::shared_ptr<T> object) {
  return reinterpret_cast<Handle*>(register_object(kind, std::static_pointer_cast<void>(std::move(object))));
}

template <class T, class Handle>
std::shared_ptr<T> find_handle(HandleKind kind, const Handle* handle) {
  return std::static_pointer_cast<T>(find_object(kind, reinterpret_cast<std::uintptr_t>(handle)));
}

}  // namespace ducha::capi

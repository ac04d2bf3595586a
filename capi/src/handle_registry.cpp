#include "handle_registry.hpp"

#include <limits>
#include <mutex>
#include <shared_mutex>
#include <vector>

namespace ducha::capi {
namespace {

// Token layout: generation in the upper half, then the slot index, then 2 bits of kind.
constexpr unsigned kHalf = sizeof(std::uintptr_t) * 4;
constexpr std::uintptr_t kLowMask = (std::uintptr_t{1} << kHalf) - 1;
constexpr std::uintptr_t kMaxGeneration = kLowMask;
constexpr std::size_t kMaxSlots = kLowMask >> 2;

struct Slot {
  std::uintptr_t generation = 1;  // of the current (or next) occupant; never 0
  HandleKind kind{};
  std::shared_ptr<void> object;   // null when free
};

struct Registry {
  std::shared_mutex mutex;
  std::vector<Slot> slots;
  std::vector<std::size_t> free_slots;
};

Registry& registry() {
  static Registry* r = new Registry;  // never destroyed: handles may be freed during exit
  return *r;
}

std::uintptr_t token_of(std::size_t index, const Slot& s) {
  return (s.generation << kHalf) | (static_cast<std::uintptr_t>(index + 1) << 2) | static_cast<std::uintptr_t>(s.kind);
}

// The slot a token names if the token is live and of `kind`; else nullptr.
Slot* slot_of(Registry& r, HandleKind kind, std::uintptr_t token) {
  if (token == 0 || (token & 3) != static_cast<std::uintptr_t>(kind)) return nullptr;
  std::size_t index = ((token & kLowMask) >> 2);
  if (index == 0 || index > r.slots.size()) return nullptr;
  Slot& s = r.slots[index - 1];
  if (!s.object || s.kind != kind || s.generation != (token >> kHalf)) return nullptr;
  return &s;
}

}  // namespace

std::uintptr_t register_object(HandleKind kind, std::shared_ptr<void> object) {
  Registry& r = registry();
  std::unique_lock lock(r.mutex);
  std::size_t index;
  if (!r.free_slots.empty()) {
    index = r.free_slots.back();
    r.free_slots.pop_back();
  } else {
    if (r.slots.size() >= kMaxSlots) throw std::bad_alloc();
    r.slots.emplace_back();
    index = r.slots.size() - 1;
    r.free_slots.reserve(r.slots.size());  // release_object's push_back never allocates
  }
  Slot& s = r.slots[index];
  s.kind = kind;
  s.object = std::move(object);
  return token_of(index, s);
}

std::shared_ptr<void> find_object(HandleKind kind, std::uintptr_t token) {
  Registry& r = registry();
  std::shared_lock lock(r.mutex);
  Slot* s = slot_of(r, kind, token);
  return s ? s->object : nullptr;
}

void release_handle(HandleKind kind, const void* handle) noexcept {
  try {
    release_object(kind, reinterpret_cast<std::uintptr_t>(handle));
  } catch (...) {  // a lock failure: the handle stays live rather than anything crossing the C ABI
  }
}

bool release_object(HandleKind kind, std::uintptr_t token) {
  Registry& r = registry();
  std::shared_ptr<void> doomed;  // destroyed after the lock is released
  {
    std::unique_lock lock(r.mutex);
    Slot* s = slot_of(r, kind, token);
    if (!s) return false;
    doomed = std::move(s->object);
    s->object.reset();
    if (s->generation == kMaxGeneration) return true;  // retired: its tokens can never come back
    ++s->generation;
    r.free_slots.push_back(static_cast<std::size_t>(s - r.slots.data()));
  }
  return true;
}

std::size_t live_handle_count() {
  Registry& r = registry();
  std::shared_lock lock(r.mutex);
  std::size_t n = 0;
  for (const Slot& s : r.slots) n += s.object != nullptr;
  return n;
}

}  // namespace ducha::capi

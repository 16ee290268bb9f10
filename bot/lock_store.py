"""Rasa's Redis lock store with every change of a lock made atomically.

Rasa 3.6's RedisLockStore reads a conversation's lock, changes it in Python and writes
it back (issue a ticket, drop expired ones, finish serving, delete when nobody waits).
Two Rasa servers doing that at the same moment overwrite each other: both can draw the
same ticket number, both then believe they are being served, and their turns of one
conversation run at once; the SQL tracker store then keeps one turn's events and drops
the other's (seen in tests/scale: a user message missing from the tracker). Here each
read-change-write runs in a Redis transaction (WATCH / MULTI / EXEC, retried when
another server changed the lock in between), so tickets are unique and turns are
served one at a time. deploy/endpoints.yml names this class.
"""
from __future__ import annotations

import json
from typing import Any, Callable, Optional, Tuple

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore

KEEP, SAVE, DELETE = "keep", "save", "delete"


class AtomicRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: Any = None, **kwargs: Any) -> None:
        if endpoint_config is not None:  # as Rasa builds custom lock stores
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)

    def _change(self, conversation_id: str,
                change: Callable[[Optional[TicketLock]], Tuple[str, Optional[TicketLock], Any]]) -> Any:
        import redis

        key = self.key_prefix + conversation_id
        with self.red.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    raw = pipe.get(key)
                    lock = TicketLock.from_dict(json.loads(raw)) if raw else None
                    action, lock, result = change(lock)
                    pipe.multi()
                    if action == SAVE:
                        pipe.set(key, lock.dumps())
                    elif action == DELETE:
                        pipe.delete(key)
                    pipe.execute()
                    return result
                except redis.WatchError:
                    continue  # another server changed the lock first: read it again

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        def change(lock):
            lock = lock or self.create_lock(conversation_id)
            return SAVE, lock, lock.issue_ticket(lock_lifetime)

        try:
            return self._change(conversation_id, change)
        except Exception as e:  # as Rasa's own issue_ticket
            raise LockError(f"Error while acquiring lock. Error:\n{e}") from e

    def _edit(self, conversation_id: str, edit: Callable[[TicketLock], Any]) -> None:
        """Applies `edit` to the conversation's lock, if there is one, and saves it."""
        def change(lock):
            if lock is None:
                return KEEP, None, None
            edit(lock)
            return SAVE, lock, None

        self._change(conversation_id, change)

    def update_lock(self, conversation_id: str) -> None:
        self._edit(conversation_id, lambda lock: lock.remove_expired_tickets())

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        self._edit(conversation_id, lambda lock: lock.remove_ticket_for(ticket_number))

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        # finishing and deleting in one step: a ticket drawn in between is never deleted
        def change(lock):
            if lock is None:
                return KEEP, None, None
            lock.remove_ticket_for(ticket_number)
            return (SAVE, lock, None) if lock.is_someone_waiting() else (DELETE, None, None)

        self._change(conversation_id, change)

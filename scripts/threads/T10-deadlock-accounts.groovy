// T10 Two transfers in opposite directions deadlock
// Each bank account has its own lock, and a transfer holds the locks of both accounts while it
// moves the money. Alice sends to Bob while Bob sends to Alice: the first transfer takes Alice's
// lock, the second takes Bob's, and then each waits for the lock the other holds. Neither ever
// finishes. Conch names the deadlock, ends both transfers (freeing the locks) and the script fails.
// The pause inside a transfer (200 ms) stands for the work a real transfer does.

class Account {
  String owner
  int balance
  def guard
}

alice = new Account(owner: 'alice', balance: 100, guard: lock('alice'))
bob = new Account(owner: 'bob', balance: 100, guard: lock('bob'))

def transfer(Account from, Account to, int amount) {
  from.guard.withLock {
    println "${current().name}: locked ${from.owner}, now needs ${to.owner}"
    sleep 200
    to.guard.withLock {
      from.balance -= amount
      to.balance += amount
      println "${current().name}: moved $amount"
    }
  }
}

spawn(name: 'alice-to-bob') { transfer(alice, bob, 10) }
spawn(name: 'bob-to-alice') { transfer(bob, alice, 20) }

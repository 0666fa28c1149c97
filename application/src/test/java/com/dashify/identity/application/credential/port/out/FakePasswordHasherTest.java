package com.dashify.identity.application.credential.port.out;

class FakePasswordHasherTest extends PasswordHasherContract {

    private final FakePasswordHasher hasher = new FakePasswordHasher();

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }
}

package com.dashify.identity.application.group.port.out;

class InMemoryGroupRepositoryTest extends GroupRepositoryContract {

    private final GroupStores stores = new InMemoryGroupStores();

    @Override
    protected GroupStores stores() {
        return stores;
    }
}

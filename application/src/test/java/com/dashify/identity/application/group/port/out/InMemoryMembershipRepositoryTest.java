package com.dashify.identity.application.group.port.out;

class InMemoryMembershipRepositoryTest extends MembershipRepositoryContract {

    private final GroupStores stores = new InMemoryGroupStores();

    @Override
    protected GroupStores stores() {
        return stores;
    }
}

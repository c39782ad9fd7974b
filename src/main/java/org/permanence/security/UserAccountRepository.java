package org.permanence.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByEmployeeIdOrderByUsername(Long employeeId);

    /**
     * Locks the enabled ADMIN accounts until the transaction ends and counts them as last committed: two admins
     * disabling each other at once take turns, and the second sees the first's change.
     */
    @Query("SELECT COUNT(*) FROM app_user u JOIN app_user_role r ON r.app_user_id = u.id"
            + " WHERE r.role = 'ADMIN' AND u.enabled FOR UPDATE")
    int lockEnabledAdmins();
}

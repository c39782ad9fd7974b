package org.permanence.security;

import java.util.Set;

import org.permanence.system.ConflictException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates sign-in accounts; passwords are stored only as BCrypt hashes. */
@Service
public class UserAccounts {

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(UserAccountRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * @param employeeId the employee this account belongs to, or null; an EMPLOYEE sees only that employee's records
     */
    @Transactional
    public void create(String username, String rawPassword, Set<Role> roles, Long employeeId) {
        if (repository.existsByUsername(username)) {
            throw new ConflictException("username", "is already taken");
        }
        repository.save(UserAccount.create(username, passwordEncoder.encode(rawPassword), roles, employeeId));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return repository.existsByUsername(username);
    }
}

import { registerEnumType } from 'type-graphql';

/** The five roles an account can hold; what each may do is access/permissions.ts. */
export enum UserRole {
  ADMIN = 'ADMIN',
  ASSESSOR = 'ASSESSOR',
  COORDINATOR = 'COORDINATOR',
  STAFF = 'STAFF',
  TRAINEE = 'TRAINEE',
}

registerEnumType(UserRole, {
  name: 'UserRole',
  valuesConfig: {
    ADMIN: { description: '部门管理员: everything, everywhere' },
    ASSESSOR: { description: '协调小组评估员: reads everything, assesses' },
    COORDINATOR: { description: '商会协调员: their organization\'s subtree' },
    STAFF: { description: '商会工作人员: their subtree, without national ids' },
    TRAINEE: { description: '学员: their own enrollments' },
  },
});

// Kept free of cdktf imports: the plan guard uses it too and should load fast.

/**
 * The account an assumed role acts in: `account:<id>` from a RAM role ARN (`acs:ram::<id>:role/<name>`),
 * so two roles of one account count as one; else the ARN itself.
 */
export function accountOfRole(roleArn: string): string {
  const match = /^acs:ram::(\d+):role\//.exec(roleArn.trim());
  return match ? `account:${match[1]}` : `role:${roleArn}`;
}

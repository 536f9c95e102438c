// The same limits on PostgreSQL, where concurrent first requests of a window race to create its row.
import { describeSignInMailLimits } from "./sign-in-mail-limit-cases";

describeSignInMailLimits("countSignInMail on PostgreSQL");

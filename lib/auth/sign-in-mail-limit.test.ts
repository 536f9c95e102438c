import { describeSignInMailLimits } from "./sign-in-mail-limit-cases";

describeSignInMailLimits("countSignInMail");

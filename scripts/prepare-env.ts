import "./load-env";
import { ensureAuthSecret } from "./auth-secret";

ensureAuthSecret();

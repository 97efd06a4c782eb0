import { Route, Router, Switch } from 'wouter';
import { RequiredAccountStep, requiredAccountStep } from './account/required-account-step.js';
import { PlainFrame } from './layout/plain-frame.js';
import { Shell } from './layout/shell.js';
import { ContentListPage } from './pages/content-list-page.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { SessionEndedDialog, SignInForm } from './pages/sign-in-page.js';
import { adminRoutes } from './routes.js';
import { SessionProvider, useSession } from './session/session-context.js';

/** Signed out: the sign-in page. Signed in: the shell and the screen for the address. */
function Screens() {
  const { session, expired } = useSession();
  if (session === undefined) return <p className="admin-loading">Loading…</p>;
  if (session === null || session.stage === 'second-factor') {
    return (
      <PlainFrame>
        <SignInForm />
      </PlainFrame>
    );
  }
  // A temporary password or a second factor the role requires comes before any other screen.
  const step = requiredAccountStep(session);
  if (step) return <RequiredAccountStep step={step} />;
  return (
    <Shell>
      {expired ? <SessionEndedDialog /> : null}
      <Switch>
        <Route path="/">
          <DashboardPage />
        </Route>
        <Route path="/content">
          <DashboardPage />
        </Route>
        <Route path="/content/:type">
          {(params) => <ContentListPage typePath={params.type} />}
        </Route>
        {adminRoutes.map((route) => (
          <Route key={route.path} path={route.path} component={route.component} />
        ))}
        <Route>
          <h1>Page not found</h1>
          <p>There is no admin screen at this address.</p>
        </Route>
      </Switch>
    </Shell>
  );
}

export function App() {
  return (
    <Router base="/admin">
      <SessionProvider>
        <Screens />
      </SessionProvider>
    </Router>
  );
}

import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/account/AccountPage.tsx';
import { AuditPage } from '../features/audit/AuditPage.tsx';
import { AcceptInvitationPage } from '../features/auth/AcceptInvitationPage.tsx';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage.tsx';
import { RecoveryCodesPage } from '../features/auth/RecoveryCodesPage.tsx';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { TwoFactorChallengePage } from '../features/auth/TwoFactorChallengePage.tsx';
import { TwoFactorEnrolPage } from '../features/auth/TwoFactorEnrolPage.tsx';
import { ConcernPage } from '../features/concerns/ConcernPage.tsx';
import { ConcernsPage } from '../features/concerns/ConcernsPage.tsx';
import { MyReportsPage } from '../features/concerns/MyReportsPage.tsx';
import { PersonChronologyPage } from '../features/concerns/PersonChronologyPage.tsx';
import { ReportConcernPage } from '../features/concerns/ReportConcernPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { OutboxPage } from '../features/mail/OutboxPage.tsx';
import { CheckMessagePage } from '../features/message-check/CheckMessagePage.tsx';
import { OrganisationPage } from '../features/organisation/OrganisationPage.tsx';
import { AddPersonPage } from '../features/people/AddPersonPage.tsx';
import { ImportPeoplePage } from '../features/people/ImportPeoplePage.tsx';
import { PeoplePage } from '../features/people/PeoplePage.tsx';
import { PersonPage } from '../features/people/PersonPage.tsx';
import { ConfirmationsPage } from '../features/policies/ConfirmationsPage.tsx';
import { EditPolicyPage } from '../features/policies/EditPolicyPage.tsx';
import { ImportPolicyPage } from '../features/policies/ImportPolicyPage.tsx';
import { PolicyPage } from '../features/policies/PolicyPage.tsx';
import { PolicyVersionsPage } from '../features/policies/PolicyVersionsPage.tsx';
import { ScanTextPage } from '../features/scanner/ScanTextPage.tsx';
import { ImportUsersPage } from '../features/users/ImportUsersPage.tsx';
import { InviteUserPage } from '../features/users/InviteUserPage.tsx';
import { MemberPage } from '../features/users/MemberPage.tsx';
import { UsersPage } from '../features/users/UsersPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { PageLoading } from './PageLoading.tsx';
import { PublicLayout } from './PublicLayout.tsx';
import { RequireAbility } from './RequireAbility.tsx';
import { RequireSession } from './RequireSession.tsx';

// The dashboard's charts (recharts, d3) are half the size of the rest of the app: load them only there.
const DashboardPage = lazy(() =>
  import('../features/concerns/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })),
);

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/accept-invitation', element: <AcceptInvitationPage /> },
      { path: '/two-factor', element: <TwoFactorChallengePage /> },
      { path: '/two-factor/enrol', element: <TwoFactorEnrolPage /> },
      { path: '/two-factor/recovery-codes', element: <RecoveryCodesPage /> },
    ],
  },
  {
    path: '/',
    element: <RequireSession />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'policy',
        children: [
          {
            index: true,
            element: (
              <RequireAbility anyOf={['policy.read']}>
                <PolicyPage />
              </RequireAbility>
            ),
          },
          {
            path: 'versions',
            element: (
              <RequireAbility anyOf={['policy.draft']}>
                <PolicyVersionsPage />
              </RequireAbility>
            ),
          },
          {
            path: 'versions/:versionId/edit',
            element: (
              <RequireAbility anyOf={['policy.draft']}>
                <EditPolicyPage />
              </RequireAbility>
            ),
          },
          {
            path: 'import',
            element: (
              <RequireAbility anyOf={['policy.draft']}>
                <ImportPolicyPage />
              </RequireAbility>
            ),
          },
          {
            path: 'confirmations',
            element: (
              <RequireAbility anyOf={['policy.confirmations']}>
                <ConfirmationsPage />
              </RequireAbility>
            ),
          },
        ],
      },
      {
        path: 'concerns',
        children: [
          {
            index: true,
            element: (
              <RequireAbility anyOf={['concerns.read']}>
                <ConcernsPage />
              </RequireAbility>
            ),
          },
          {
            path: 'report',
            element: (
              <RequireAbility anyOf={['concerns.report']}>
                <ReportConcernPage />
              </RequireAbility>
            ),
          },
          {
            path: 'mine',
            element: (
              <RequireAbility anyOf={['concerns.report']}>
                <MyReportsPage />
              </RequireAbility>
            ),
          },
          {
            path: 'dashboard',
            element: (
              <RequireAbility anyOf={['concerns.counts']}>
                <Suspense fallback={<PageLoading />}>
                  <DashboardPage />
                </Suspense>
              </RequireAbility>
            ),
          },
          {
            path: 'people/:personId',
            element: (
              <RequireAbility anyOf={['concerns.read']}>
                <PersonChronologyPage />
              </RequireAbility>
            ),
          },
          {
            path: ':concernId',
            element: (
              <RequireAbility anyOf={['concerns.read']}>
                <ConcernPage />
              </RequireAbility>
            ),
          },
        ],
      },
      {
        path: 'people',
        children: [
          {
            index: true,
            element: (
              <RequireAbility anyOf={['people.read']}>
                <PeoplePage />
              </RequireAbility>
            ),
          },
          {
            path: 'new',
            element: (
              <RequireAbility anyOf={['people.write']}>
                <AddPersonPage />
              </RequireAbility>
            ),
          },
          {
            path: 'import',
            element: (
              <RequireAbility anyOf={['people.import']}>
                <ImportPeoplePage />
              </RequireAbility>
            ),
          },
          {
            path: ':personId',
            element: (
              <RequireAbility anyOf={['people.read']}>
                <PersonPage />
              </RequireAbility>
            ),
          },
        ],
      },
      {
        path: 'users',
        children: [
          {
            index: true,
            element: (
              <RequireAbility anyOf={['users.read', 'users.manage']}>
                <UsersPage />
              </RequireAbility>
            ),
          },
          {
            path: 'invite',
            element: (
              <RequireAbility anyOf={['users.manage']}>
                <InviteUserPage />
              </RequireAbility>
            ),
          },
          {
            path: 'import',
            element: (
              <RequireAbility anyOf={['users.manage']}>
                <ImportUsersPage />
              </RequireAbility>
            ),
          },
          {
            path: ':userId',
            element: (
              <RequireAbility anyOf={['users.manage']}>
                <MemberPage />
              </RequireAbility>
            ),
          },
        ],
      },
      {
        path: 'scan',
        element: (
          <RequireAbility anyOf={['scanner.scan']}>
            <ScanTextPage />
          </RequireAbility>
        ),
      },
      {
        path: 'check-message',
        element: (
          <RequireAbility anyOf={['messages.check']}>
            <CheckMessagePage />
          </RequireAbility>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequireAbility anyOf={['audit.read']}>
            <AuditPage />
          </RequireAbility>
        ),
      },
      {
        path: 'mail',
        element: (
          <RequireAbility anyOf={['mail.read']}>
            <OutboxPage />
          </RequireAbility>
        ),
      },
      {
        path: 'organisation',
        element: (
          <RequireAbility anyOf={['organisation.manage']}>
            <OrganisationPage />
          </RequireAbility>
        ),
      },
      { path: 'account', element: <AccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

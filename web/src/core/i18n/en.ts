import type { CoreKey } from './pl'

/** English messages of the core interface; the type forces exactly the keys of `pl.ts`. */
const en: Record<CoreKey, string> = {
  // Application
  'app.name': 'Wspólnota',
  'app.documentTitle': '{page} — Wspólnota',
  'app.pageLoadFailed': 'The page could not be loaded',

  // Layout
  'layout.skipLink': 'Skip to content',
  'layout.navLabel': 'Main menu',
  'layout.menuButton': 'Menu',
  'layout.tenantPrefix': 'Local government:',
  'nav.home': 'Home',
  'nav.recount': 'Open recount of results',
  'nav.panel': 'Staff panel',
  'footer.a11y': 'Accessibility statement',
  'footer.rodo': 'Privacy notice (GDPR)',
  'footer.platformNote': 'Wspólnota — a platform where local governments and residents decide together.',
  'footer.tenantNote': 'Pages of {name}, run on the Wspólnota platform.',
  'lang.current': 'Page language: English.',
  'lang.switchTo.pl': 'Polski',
  'lang.switchTo.en': 'English',

  // Shared states and actions
  'state.loading': 'Loading…',
  'action.retry': 'Try again',
  'action.cancel': 'Cancel',
  'error.title': 'Something went wrong',
  'error.generic': 'The operation could not be completed. Please try again in a moment.',
  'error.network': 'No connection to the server. Check your internet connection and try again.',
  'error.requestId': 'Request ID (quote it when contacting support): {id}',
  'error.retryAfter': 'You can try again in about {minutes} min.',
  'error.unauthorised.title': 'Sign-in required',
  'error.forbidden.title': 'Access denied',
  'error.notFound.title': 'Not found',
  'form.errorSummaryTitle': 'The form could not be sent',
  'form.errorPrefix': 'Error:',
  'form.optional': '(optional)',

  // Validation in the browser (the server checks again)
  'validation.required': 'Fill in this field.',
  'validation.name': 'The name must be at least 3 characters long.',
  'validation.emailRequired': 'Enter an e-mail address.',
  'validation.emailInvalid': 'Enter a valid e-mail address, e.g. jan.kowalski@gmina.pl.',
  'validation.passwordRequired': 'Enter your password.',
  'validation.passwordShort': 'The password must be at least {min} characters long.',
  'validation.passwordMismatch': 'The passwords do not match. Type the same password twice.',
  'validation.passwordHint': 'At least {min} characters. A few random words are the easiest to remember.',
  'validation.nameRequired': 'Enter your full name.',
  'validation.slug': 'The address may contain only lowercase letters without Polish characters, digits and hyphens.',
  'validation.teryt': 'A TERYT code has 2 (voivodeship), 4 (county) or 7 digits (municipality).',
  'validation.population': 'Enter the number of residents (digits only).',
  'validation.date': 'Enter the date as YYYY-MM-DD.',

  // Kinds of JST
  'kind.gmina-miejska': 'Urban municipality',
  'kind.gmina-wiejska': 'Rural municipality',
  'kind.gmina-miejsko-wiejska': 'Urban-rural municipality',
  'kind.miasto-na-prawach-powiatu': 'City with county rights',
  'kind.powiat': 'County (powiat)',
  'kind.wojewodztwo': 'Voivodeship',

  // Staff roles
  'role.admin': 'Administrator',
  'role.koordynator': 'Coordinator',
  'role.weryfikator': 'Reviewer',
  'role.moderator': 'Moderator',
  'role.operator': 'Platform operator',
  'role.operator.description':
    'As the platform operator you can invite the first administrator of this local government to its team. Everything else is handled by its own team.',
  'role.admin.description':
    'The administrator manages the team (invites people, changes roles, disables accounts), keeps the public details of the local government up to date and reviews the audit log.',
  'role.koordynator.description': 'The coordinator prepares and runs {modules}, with schedules and announcements.',
  'role.weryfikator.description':
    'The reviewer assesses submitted projects for formal, legal and cost compliance and gives reasons for each decision.',
  'role.moderator.description':
    'The moderator keeps residents’ comments and discussions in order according to the rules and handles reports of abuse.',

  // Modules and process states
  'module.budget': 'Participatory budget',
  'module.budget.inSentence': 'the participatory budget',
  'module.listJoin': '{first} and {last}',

  // Home
  'home.title': 'Home',
  'home.heading': 'Wspólnota — local government and residents decide together',
  'home.intro':
    'Wspólnota is a platform on which Polish municipalities and counties run {modules} together with residents. Every step is public: the rules, submissions, voting and results that anyone can recount on their own.',
  'home.feature.budget': 'Participatory budget: project submissions, review, voting and public results.',
  'home.recountLink': 'Open recount of results',
  'home.recountHint': 'check for yourself that the results match the votes cast.',
  'home.jstHeading': 'Local governments on the platform',
  'home.jstLoading': 'Loading the list of local governments…',
  'home.jstEmpty.title': 'No local governments',
  'home.jstEmpty.body': 'No local government runs processes on this platform yet.',

  // Tenant home
  'tenant.intro': 'Here you will find the processes in which {name} invites residents to decide together.',
  'tenant.regionLabel': 'About the local government',
  'tenant.logoAlt': 'Coat of arms: {name}',
  'tenant.processesHeading': 'Active processes',
  'tenant.processesEmpty.title': 'No active processes',
  'tenant.processesEmpty.body':
    '{name} is not running any process on the platform right now. When a new one starts, it will appear here with its dates.',
  'tenant.contactHeading': 'Contact',
  'tenant.address': 'Address',
  'tenant.email': 'E-mail',
  'tenant.phone': 'Phone',
  'tenant.bip': 'Public Information Bulletin (BIP)',
  'tenant.documentsHeading': 'Legal information',

  // 404
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. Check that the address is typed correctly.',
  'notFound.tenant': 'There is no local government with this address on the platform.',
  'notFound.home': 'Go to the home page',

  // Accessibility statement
  'a11y.title': 'Accessibility statement',
  'a11y.titleFor': 'Accessibility statement — {name}',
  'a11y.intro':
    '{subject} is committed to making its website accessible in accordance with the Polish Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public sector bodies. This accessibility statement applies to the website {site}.',
  'a11y.platformSiteName': 'of the Wspólnota platform',
  'a11y.tenantSiteName': 'of {name} on the Wspólnota platform',
  'a11y.published': 'Date of publication of the website: {date}.',
  'a11y.updated': 'Date of the last significant update: {date}.',
  'a11y.statusHeading': 'Compliance status',
  'a11y.status':
    'This website is {status} with the Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public sector bodies due to the non-compliances or exemptions listed below.',
  'a11y.statusValue': 'partially compliant',
  'a11y.issuesHeading': 'Non-accessible content',
  'a11y.issue.attachments':
    'Attachments (for example scanned resolutions and PDF files) added by office staff and residents may not be fully accessible. On request we will provide their content in an accessible form.',
  'a11y.issue.photos': 'Photos attached by residents to submitted projects may lack a full text alternative.',
  'a11y.issue.maps':
    'Maps showing project locations are not accessible to blind users; the location of every project is also given in words (address or description of the place).',
  'a11y.issue.external':
    'Links lead to external websites (for example the BIP), whose owners are responsible for their accessibility.',
  'a11y.exclusionsHeading': 'Exemptions',
  'a11y.exclusions':
    'The Act does not cover content published by people outside the public body (for example residents’ project descriptions and comments) or live broadcast media.',
  'a11y.preparationHeading': 'Preparation of this statement',
  'a11y.prepared': 'This statement was prepared on: {date}.',
  'a11y.reviewed': 'It was last reviewed on: {date}.',
  'a11y.assessment': 'The statement was prepared on the basis of a self-assessment carried out by the public body.',
  'a11y.assessmentMethod':
    'The self-assessment covered automated tests with axe-core on every page (WCAG 2.1 success criteria at levels A and AA), operating every function with the keyboard alone, text zoom to 200% and a 320-pixel-wide view.',
  'a11y.featuresHeading': 'Accessibility features',
  'a11y.feature.keyboard':
    'Every function works with the keyboard, and the focused element has a clearly visible outline.',
  'a11y.feature.zoom': 'Content can be zoomed to 200% without loss of information and without horizontal scrolling.',
  'a11y.feature.language':
    'The interface is available in Polish and English; the language switch is in the header of every page.',
  'a11y.shortcutsHeading': 'Keyboard shortcuts',
  'a11y.shortcuts':
    'The standard keyboard shortcuts of your browser work on this website. The first press of the Tab key reveals the “Skip to content” link, which bypasses the menu.',
  'a11y.contactHeading': 'Feedback and contact information',
  'a11y.contactIntro':
    'If you notice an accessibility problem, need information in another format or want to request accessibility, please contact us.',
  'a11y.contactPerson': 'Responsible person: {person}',
  'a11y.contactEmail': 'E-mail: {email}',
  'a11y.contactPhone': 'Phone: {phone}',
  'a11y.contactNoPhone': 'Phone: no number has been provided — please contact us by e-mail.',
  'a11y.contactAlso':
    'The same channels can be used to request inaccessible information and to complain about a lack of accessibility.',
  'a11y.platformPerson': 'Accessibility team of the platform operator',
  'a11y.tenantPerson': 'Accessibility coordinator — {name}',
  'a11y.procedureHeading': 'Handling requests and complaints about accessibility',
  'a11y.procedure.right':
    'Everyone has the right to request that a website, mobile application or any part of them be made digitally accessible. You may also request the information in an alternative form, for example by having an inaccessible document read out or the content of a film without audio description described.',
  'a11y.procedure.content':
    'The request should include the details of the person making it, the website or mobile application (or the part of it) concerned, and a way to contact you. If you need the information in an alternative form, say which form suits you.',
  'a11y.procedure.deadline':
    'The public body fulfils the request without delay and no later than 7 days after it is made. If this deadline cannot be met, it tells you without delay when the request can be fulfilled; this may not be later than 2 months after the request was made.',
  'a11y.procedure.alternative':
    'If digital accessibility cannot be ensured, the public body may offer an alternative way to access the information.',
  'a11y.procedure.complaint':
    'If the public body refuses to make the content accessible or to provide an alternative way of access, or misses the deadlines, you may file a complaint about the digital accessibility of the website, mobile application or their part.',
  'a11y.procedure.rpo': 'Once this procedure has been exhausted, you may also apply to the {rpo}.',
  'a11y.procedure.rpoLink': 'Commissioner for Human Rights (Rzecznik Praw Obywatelskich)',
  'a11y.architectureHeading': 'Architectural accessibility',
  'a11y.architecture.online':
    'Wspólnota is an online service: everything on the platform can be done without leaving home. If you prefer to come in person, the office will help you — {office}.',
  'a11y.architecture.bip':
    'Information on the accessibility of the office building (entrances, lifts, toilets, parking) is available in the {bip}.',
  'a11y.architecture.bipLink': 'Public Information Bulletin — {office}',
  'a11y.architecture.noBip':
    'Information on the accessibility of the office building (entrances, lifts, toilets, parking) is published by the office on its website and provided on request at the address given above.',
  'a11y.architecture.pjm':
    'Assistance dogs are welcome in the office building. A Polish Sign Language interpreter is available on prior request, in accordance with the Act on sign language and other means of communication.',
  'a11y.appsHeading': 'Mobile applications',
  'a11y.apps':
    '{subject} does not offer mobile applications related to the Wspólnota platform. The platform works in the browser on phones and tablets.',
  'platform.operatorName': 'The operator of the Wspólnota platform',

  // RODO
  'rodo.title': 'Privacy notice (GDPR)',
  'rodo.titleFor': 'Privacy notice (GDPR) — {name}',
  'rodo.tenantIntro':
    'In accordance with Article 13 of Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 (GDPR), this notice explains how {name} processes personal data on the Wspólnota platform.',
  'rodo.controllerHeading': 'Data controller',
  'rodo.controller': 'The controller of your personal data is the {head} — {name}, {address}.',
  'rodo.controllerNoAddress': 'The controller of your personal data is the {head} — {name}.',
  'rodo.controllerContact': 'Contact the controller at {email}.',
  'rodo.head.gmina-wiejska': 'Head of the Municipality (Wójt)',
  'rodo.head.gmina-miejska': 'Mayor (Burmistrz or Prezydent Miasta)',
  'rodo.head.gmina-miejsko-wiejska': 'Mayor of the Town and Municipality (Burmistrz)',
  'rodo.head.miasto-na-prawach-powiatu': 'Mayor of the City (Prezydent Miasta)',
  'rodo.head.powiat': 'County Board (Zarząd Powiatu)',
  'rodo.head.wojewodztwo': 'Voivodeship Board (Zarząd Województwa)',
  'rodo.iodHeading': 'Data protection officer',
  'rodo.iod':
    'The data protection officer is {name}. You can contact them at {email} about anything concerning your data.',
  'rodo.iodNoName': 'You can contact the data protection officer at {email} about anything concerning your data.',
  'rodo.iodFallback':
    'You can contact the data protection officer through the controller’s address {email}, with “Data protection officer” in the subject.',
  'rodo.purposesHeading': 'Purposes and legal basis of processing',
  'rodo.purposes': 'We process personal data in order to:',
  'rodo.purpose.processes':
    'run participatory processes: the participatory budget (submitting and supporting projects, their assessment, appeals and voting),',
  'rodo.purpose.staff': 'maintain the accounts of office staff who run these processes,',
  'rodo.purpose.audit': 'ensure accountability and security (the audit log, protection against abuse).',
  'rodo.basis':
    'The legal basis is Article 6(1)(e) GDPR (performance of a task carried out in the public interest) and Article 6(1)(c) GDPR (a legal obligation of the controller) in connection with {law} and the resolution of the {council} setting the rules of the process.',
  'rodo.law.gmina': 'Article 5a of the Act of 8 March 1990 on municipal self-government',
  'rodo.law.powiat': 'Article 3d of the Act of 5 June 1998 on county self-government',
  'rodo.law.wojewodztwo': 'Article 10a of the Act of 5 June 1998 on voivodeship self-government',
  'rodo.council.gmina': 'municipal (city) council',
  'rodo.council.powiat': 'county council',
  'rodo.council.wojewodztwo': 'voivodeship assembly (sejmik)',
  'rodo.recipientsHeading': 'Recipients of the data',
  'rodo.recipient.operator':
    'the operator of the Wspólnota platform, which processes the data solely on behalf of the controller under a data processing agreement (Article 28 GDPR),',
  'rodo.recipient.law':
    'bodies entitled to receive the data under the law (for example courts and supervisory authorities).',
  'rodo.transfer':
    'The data are not transferred to countries outside the European Economic Area or to international organisations.',
  'rodo.retentionHeading': 'How long the data are kept',
  'rodo.retention':
    'We keep the data for the duration of the process and then for the period required by the archiving rules (uniform file classification list, archival category B5): 5 years from 1 January of the year following the closure of the case.',
  'rodo.rightsHeading': 'Your rights',
  'rodo.rightsIntro': 'Under the conditions set out in the GDPR, you have the right to:',
  'rodo.right.access': 'access your data and receive a copy (Article 15 GDPR),',
  'rodo.right.rectification': 'have your data rectified (Article 16 GDPR),',
  'rodo.right.erasure': 'have your data erased, in the cases provided for in Article 17 GDPR,',
  'rodo.right.restriction': 'restrict processing (Article 18 GDPR),',
  'rodo.right.objection': 'object to processing on grounds relating to your particular situation (Article 21 GDPR).',
  'rodo.complaintHeading': 'Right to lodge a complaint',
  'rodo.complaint':
    'If you believe that we process your data unlawfully, you may lodge a complaint with the {uodo} (ul. Stawki 2, 00-193 Warszawa).',
  'rodo.uodo': 'President of the Personal Data Protection Office (Prezes UODO)',
  'rodo.requiredHeading': 'Do you have to provide the data',
  'rodo.required':
    'Providing the data is voluntary but necessary to take part in a process (for example to submit a project or to vote, where the resolution requires confirming eligibility). For staff, providing the data is a condition of having an account in the panel.',
  'rodo.automatedHeading': 'Automated decision-making',
  'rodo.automated': 'Your data are not used for automated decision-making, including profiling.',
  'rodo.platformIntro':
    'In accordance with Article 13 GDPR, this notice explains who processes personal data on the Wspólnota platform and why. Many local governments use the platform; each of them is responsible for the data in its own processes.',
  'rodo.platformController':
    'The controller of the data provided in the processes of a local government (participatory budget) and of the accounts of its staff is that local government. You will find its privacy notice in the list below.',
  'rodo.platformListHeading': 'Privacy notices of local governments',
  'rodo.platformListItem': 'Privacy notice — {name}',
  'rodo.platformOperator':
    '{operator} processes these data only on behalf of the local governments (Article 28 GDPR). It is also the controller of the technical data needed to run the platform securely (server logs, IP address, session data); contact: {email}.',
  'rodo.platformPurposes':
    'We process technical data to keep the platform secure and available, including protection against abuse (Article 6(1)(f) GDPR — the legitimate interest of the controller). The purposes and legal bases of processing in the processes are described in the notices of the local governments.',
  'rodo.platformRecipients':
    'Technical data may be received by infrastructure providers (hosting, e-mail) acting for the operator under data processing agreements, and by bodies entitled to them under the law.',
  'rodo.platformRetention':
    'We keep technical data no longer than necessary for security: sessions expire automatically, and expired links and records of failed sign-ins are deleted regularly.',
  'rodo.platformRequired':
    'Technical data are sent automatically by your browser; the platform cannot be used without them.',

  // Login and passwords
  'login.title': 'Staff sign-in',
  'login.intro':
    'The panel is for local government staff. Sign in with the e-mail address and password of your account.',
  'login.email': 'E-mail address',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.forgot': 'Forgotten your password?',
  'login.returnNotice': 'Sign in to continue to the page of the panel you requested.',
  'login.loggedOut': 'You have signed out.',
  'login.loggedOutAll': 'You have signed out on all devices.',
  'login.residentsNote': 'Residents do not need an account to browse processes and results.',
  'reset.title': 'Forgotten your password?',
  'reset.intro':
    'Enter the e-mail address of your account. We will send you a link to set a new password, valid for one hour.',
  'reset.submit': 'Send the link',
  'reset.sent':
    'If an account with the address {email} exists, we have sent it a link to set a new password. Check your inbox (and the spam folder).',
  'reset.backToLogin': 'Back to sign-in',
  'reset.confirmTitle': 'Set a new password',
  'reset.confirmIntro': 'Enter a new password for the panel. After the change you will be signed out on all devices.',
  'reset.newPassword': 'New password',
  'reset.newPasswordRepeat': 'Repeat the new password',
  'reset.confirmSubmit': 'Save the new password',
  'reset.done': 'Your password has been changed. You can sign in now.',
  'reset.goToLogin': 'Go to sign-in',

  // Invitation
  'invitation.title': 'Invitation to the team',
  'invitation.tenant': 'Local government',
  'invitation.role': 'Role',
  'invitation.email': 'E-mail address',
  'invitation.name': 'Full name',
  'invitation.nameHint': 'This is how your name will appear in the panel and in the audit log.',
  'invitation.submit': 'Accept the invitation',
  'invitation.invalidTitle': 'The invitation is not valid',
  'invitation.invalidHelp': 'Ask the administrator of your local government to send a new invitation.',

  // Staff panel
  'panel.title': 'Staff panel',
  'panel.checkingSession': 'Checking your sign-in…',
  'panel.greeting': 'Hello, {name}',
  'panel.intro': 'Choose the local government you want to work in.',
  'panel.operatorHeading': 'Platform operator',
  'panel.operatorIntro': 'As the operator you add new local governments and change their details.',
  'panel.operatorLink': 'Local governments on the platform',
  'panel.membershipsHeading': 'Your local governments',
  'panel.membershipRole': 'Your role: {role}',
  'panel.membershipsEmpty.title': 'You are not a member of any team',
  'panel.membershipsEmpty.body':
    'The administrator of a local government can invite you to its team. The invitation will arrive by e-mail.',
  'panel.membershipsEmpty.operator':
    'As the operator you can add a local government and invite its first administrator.',
  'panel.sessionHeading': 'Signing out',
  'panel.logout': 'Sign out',
  'panel.logoutAll': 'Sign out on all devices',
  'panel.logoutAllHint': 'Use this if you signed in on someone else’s computer or lost your phone.',

  // Operator: JSTs
  'operator.title': 'Local governments',
  'operator.intro':
    'The local governments on the platform. A new one immediately gets its own page, accessibility statement and privacy notice.',
  'operator.only': 'Only the platform operator can see this page.',
  'operator.listHeading': 'Local governments on the platform',
  'operator.listCaption': 'All local governments on the platform, with contact details',
  'operator.col.team': 'Team',
  'operator.teamLink': 'Team: {name}',
  'operator.createHeading': 'Add a local government',
  'operator.createIntro': 'Fields not marked “optional” are required.',
  'operator.identityLegend': 'Local government details',
  'operator.contactLegend': 'Contact and details for the documents',
  'operator.createSubmit': 'Add the local government',
  'operator.created': 'Local government added: {name}.',

  // JST fields
  'field.name': 'Name',
  'field.name.hint': 'The full official name, e.g. Gmina Dobra or Miasto Kalisz.',
  'field.slug': 'Page address',
  'field.slug.hint':
    'The part of the address after the slash, e.g. gmina-dobra. Lowercase letters without Polish characters, digits and hyphens.',
  'field.kind': 'Type of local government',
  'field.teryt': 'TERYT code',
  'field.teryt.hint': '7 digits for a municipality, 4 for a county, 2 for a voivodeship (GUS TERC register).',
  'field.population': 'Number of residents',
  'field.contactEmail': 'Contact e-mail',
  'field.contactPhone': 'Contact phone',
  'field.address': 'Office address',
  'field.address.hint': 'Street, number, postcode and town.',
  'field.bipUrl': 'Public Information Bulletin (BIP) address',
  'field.bipUrl.hint': 'The full address, starting with https://.',
  'field.iodName': 'Data protection officer (full name)',
  'field.iodEmail': 'Data protection officer’s e-mail',
  'field.logoUrl': 'Coat of arms or logo address',
  'field.logoUrl.hint': 'The full address of the image, starting with https://.',
  'field.a11yPublishedOn': 'Date the website was published',
  'field.a11yPublishedOn.hint': 'For the accessibility statement, as YYYY-MM-DD.',
  'field.a11yUpdatedOn': 'Date of the last update of the accessibility statement',
  'field.a11yUpdatedOn.hint': 'As YYYY-MM-DD. The statement must be reviewed at least once a year.',
  'field.role': 'Role',
  'field.active': 'Account active',
  'field.email': 'E-mail',
  'field.accounts': 'Accounts',

  // Tenant panel
  'tenantPanel.title': 'Panel: {name}',
  'tenantPanel.navLabel': 'Panel of {name}',
  'tenantPanel.nav.home': 'Overview',
  'tenantPanel.nav.users': 'Team',
  'tenantPanel.nav.audit': 'Audit log',
  'tenantPanel.nav.profile': 'Local government details',
  'tenantPanel.roleHeading': 'Your role: {role}',
  'tenantPanel.roleLimits':
    'Managing the team, the local government’s details and the audit log is up to its administrator.',
  'tenantPanel.summaryHeading': 'Summary',
  'tenantPanel.usersCount': 'People in the team',
  'tenantPanel.publicPage': 'Public page',
  'tenantPanel.adminHeading': 'Administration',
  'tenantPanel.usersHint': 'Invitations, roles and access to the panel.',
  'tenantPanel.auditHint': 'Who changed what, and when.',
  'tenantPanel.profileHint': 'Contact, data protection officer, coat of arms and accessibility statement dates.',
  'tenantPanel.adminOnly':
    'Only the administrator of the local government can use this part of the panel. Your role: {role}.',
  'tenantPanel.backToPanel': 'Back to the panel',
  'tenantPanel.backToTenant': 'Back to the overview: {name}',

  // Users
  'users.title': 'Team',
  'users.titleFor': 'Team — {name}',
  'users.intro': 'People with access to the panel of {name}.',
  'users.listHeading': 'Team members',
  'users.caption': 'Team members: {name}',
  'users.empty': 'There is nobody in the team yet.',
  'users.col.name': 'Full name',
  'users.col.email': 'E-mail',
  'users.col.role': 'Role',
  'users.col.status': 'Account',
  'users.col.lastLogin': 'Last sign-in',
  'users.col.actions': 'Actions',
  'users.col.expires': 'Valid until',
  'users.you': '(you)',
  'users.active': 'Active',
  'users.inactive': 'Disabled',
  'users.never': 'Not yet',
  'users.newRoleFor': 'New role: {name}',
  'users.changeRole': 'Change role',
  'users.changeRoleFor': 'Change role — {name}',
  'users.deactivate': 'Disable access',
  'users.deactivateFor': 'Disable access — {name}',
  'users.activate': 'Restore access',
  'users.activateFor': 'Restore access — {name}',
  'users.confirmRoleTitle': 'Change the role?',
  'users.confirmRoleBody':
    '{name} now has the role “{from}”. After the change they will have the role “{to}”, and their permissions will change immediately.',
  'users.confirmRole': 'Change role',
  'users.confirmDeactivateTitle': 'Disable access?',
  'users.confirmDeactivateBody':
    '{name} will lose access to the panel of {tenant}. Their past actions stay in the audit log. Access can be restored later.',
  'users.confirmActivateTitle': 'Restore access?',
  'users.confirmActivateBody': '{name} will regain access to the panel with their previous role.',
  'users.roleChanged': 'Role changed: {name} now has the role “{role}”.',
  'users.deactivated': 'Access disabled: {name}.',
  'users.activated': 'Access restored: {name}.',
  'users.inviteHeading': 'Invite someone to the team',
  'users.inviteIntro':
    'We will send the invitation by e-mail. The link is valid for 7 days; the person sets their own password.',
  'users.inviteEmail': 'E-mail address of the person invited',
  'users.inviteRole': 'Role',
  'users.inviteSubmit': 'Send the invitation',
  'users.invited': 'Invitation sent to {email}.',
  'users.invitationsHeading': 'Pending invitations',
  'users.invitationsCaption': 'Pending invitations to the team of {name}',
  'users.invitationsEmpty': 'No pending invitations.',
  'users.withdrawInvitation': 'Withdraw invitation',
  'users.withdrawInvitationFor': 'Withdraw invitation — {email}',
  'users.confirmWithdrawTitle': 'Withdraw the invitation?',
  'users.confirmWithdrawBody':
    'The link sent to {email} will stop working. If this person should join after all, send a new invitation.',
  'users.invitationWithdrawn': 'Invitation for {email} withdrawn.',

  // Audit log
  'audit.title': 'Audit log',
  'audit.titleFor': 'Audit log — {name}',
  'audit.intro':
    'Every change in the panel of this local government is recorded here: who changed what, and when. Entries cannot be edited or deleted.',
  'audit.tableLabel': 'Audit log entries',
  'audit.caption': 'Audit log: {name}, newest first',
  'audit.col.at': 'When',
  'audit.col.actor': 'Who',
  'audit.col.action': 'Event',
  'audit.col.changes': 'Changes',
  'audit.count': 'Entries shown: {count}',
  'audit.loadMore': 'Load older entries',
  'audit.end': 'These are all the entries.',
  'audit.emptyTitle': 'The log is empty',
  'audit.emptyBody': 'The first entries will appear after the first changes in the panel.',
  'audit.system': 'System',
  'audit.empty': '(empty)',
  'audit.yes': 'yes',
  'audit.no': 'no',
  'audit.value': 'Value',
  'audit.before': 'was:',
  'audit.after': 'now:',
  'audit.noChanges': 'No data changed',
  'audit.action.auth.login': 'Sign-in',
  'audit.action.auth.logout-all': 'Signed out on all devices',
  'audit.action.auth.password-reset': 'New password set',
  'audit.action.staff.invite': 'Invitation sent',
  'audit.action.staff.invitation.accept': 'Invitation accepted',
  'audit.action.staff.update': 'Role or access changed',
  'audit.action.staff.invitation.withdraw': 'Invitation withdrawn',
  'audit.action.auth.login-failed': 'Failed sign-in',
  'audit.action.auth.lockout': 'Sign-in locked after failed attempts',
  'audit.action.tenant.create': 'Local government created',
  'audit.action.tenant.update': 'Local government details changed',
  'audit.action.demo.seed': 'Demo data created',
  'audit.action.bo.appeal.decide': 'PB: appeal decided',
  'audit.action.bo.assessment.formal': 'PB: formal assessment of a project',
  'audit.action.bo.assessment.merit': 'PB: merit assessment of a project',
  'audit.action.bo.conflict': 'PB: mutually exclusive projects recorded',
  'audit.action.bo.conflict.delete': 'PB: group of mutually exclusive projects removed',
  'audit.action.bo.edition.calendar': 'PB: edition calendar changed',
  'audit.action.bo.edition.create': 'PB: edition created',
  'audit.action.bo.edition.update': 'PB: edition settings changed',
  'audit.action.bo.identities.erase': 'PB: personal data of voters and supporters erased',
  'audit.action.bo.implementation.note': 'PB: implementation progress note',
  'audit.action.bo.implementation.note.edit': 'PB: implementation progress note corrected',
  'audit.action.bo.implementation.note.delete': 'PB: implementation progress note deleted',
  'audit.action.bo.implementation.status': 'PB: implementation status changed',
  'audit.action.bo.paper-card.confirm': 'PB: paper card confirmed',
  'audit.action.bo.vote.code-refused': 'PB: voting code refused',
  'audit.action.bo.vote.code-locked': 'PB: voting code entry locked',
  'audit.action.bo.paper-card.enter': 'PB: paper card keyed in',
  'audit.action.bo.paper-card.reject': 'PB: paper card entry rejected',
  'audit.action.bo.paper-supporters': 'PB: signatures on a paper support list',
  'audit.action.bo.author-link':
    "PB: new author link sent to the author's e-mail (the old one works until the new one is used)",
  'audit.action.bo.author-key.replace': 'PB: the author used the new link — the old one stopped working',
  'audit.action.bo.phase': 'PB: next phase of the edition began',
  'audit.action.bo.project.assign': 'PB: verifier assigned',
  'audit.action.bo.project.correct': "PB: author's correction of a project",
  'audit.action.bo.question': 'PB: question to a project author',
  'audit.action.bo.question.answer': "PB: author's answer to a question",
  'audit.action.bo.register.verify': 'PB: ballots checked against a register extract',
  'audit.action.bo.results.compute': 'PB: results computed',
  'audit.action.bo.results.seed': 'PB: tie-break seed drawn',
  'audit.action.bo.results.publish': 'PB: results published',
  'audit.entity.user': 'Account',
  'audit.entity.membership': 'Team membership',
  'audit.entity.invitation': 'Invitation',
  'audit.entity.tenant': 'Local government',

  // Profile
  'profile.title': 'Local government details',
  'profile.titleFor': 'Local government details — {name}',
  'profile.intro':
    'Residents see these details on the page of the local government, in the accessibility statement and in the privacy notice.',
  'profile.viewPublic': 'See the public page: {name}',
  'profile.identityLegend': 'Name and number of residents',
  'profile.contactLegend': 'Contact and data protection',
  'profile.a11yLegend': 'Accessibility statement',
  'profile.submit': 'Save changes',
  'profile.saved': 'Changes saved.',
  'profile.nothingChanged': 'Nothing has been changed.',
}

export default en

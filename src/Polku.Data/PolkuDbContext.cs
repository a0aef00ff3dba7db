using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Polku.Domain.Access;
using Polku.Domain.Accessibility;
using Polku.Domain.Assessments;
using Polku.Domain.ClientRecord;
using Polku.Domain.Clients;
using Polku.Domain.Decisions;
using Polku.Domain.CodeLists;
using Polku.Domain.Instruments;
using Polku.Domain.Referrals;
using Polku.Domain.Services;
using Polku.Domain.Audit;
using Polku.Domain.Common;
using Polku.Domain.Organisations;
using Polku.Domain.People;
using Polku.Domain.Plans;

namespace Polku.Data;

public sealed class PolkuDbContext(DbContextOptions<PolkuDbContext> options)
    : IdentityDbContext<UserAccount, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Partnership> Partnerships => Set<Partnership>();

    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<ServiceTask> ServiceTasks => Set<ServiceTask>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Client> Clients => Set<Client>();

    public DbSet<ResponsibleWorkerAssignment> ResponsibleWorkerAssignments => Set<ResponsibleWorkerAssignment>();

    public DbSet<StatedReasonAccess> StatedReasonAccesses => Set<StatedReasonAccess>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<AccessCriterion> AccessCriteria => Set<AccessCriterion>();

    public DbSet<ClientPlan> Plans => Set<ClientPlan>();

    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<PlanReview> PlanReviews => Set<PlanReview>();

    public DbSet<Decision> Decisions => Set<Decision>();

    public DbSet<ConfiguredDecisionType> DecisionTypes => Set<ConfiguredDecisionType>();

    public DbSet<DecisionChainSetting> DecisionChainSettings => Set<DecisionChainSetting>();

    public DbSet<AppealInstruction> AppealInstructions => Set<AppealInstruction>();

    public DbSet<DecisionDispatch> DecisionDispatches => Set<DecisionDispatch>();

    public DbSet<RectificationRequest> RectificationRequests => Set<RectificationRequest>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<ProviderReferral> ProviderReferrals => Set<ProviderReferral>();

    public DbSet<PaymentCommitment> PaymentCommitments => Set<PaymentCommitment>();

    public DbSet<QueueEntry> QueueEntries => Set<QueueEntry>();

    public DbSet<ServiceGroup> Groups => Set<ServiceGroup>();

    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();

    public DbSet<GroupSession> GroupSessions => Set<GroupSession>();

    public DbSet<AttendanceMark> AttendanceMarks => Set<AttendanceMark>();

    public DbSet<ServiceSettings> ServiceSettings => Set<ServiceSettings>();

    public DbSet<ServicePackage> ServicePackages => Set<ServicePackage>();

    public DbSet<PathTemplate> PathTemplates => Set<PathTemplate>();

    public DbSet<PathTransition> PathTransitions => Set<PathTransition>();

    public DbSet<ServiceGuidance> ServiceGuidance => Set<ServiceGuidance>();

    public DbSet<ProviderNotice> ProviderNotices => Set<ProviderNotice>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<RecordEntry> RecordEntries => Set<RecordEntry>();

    public DbSet<CodeListEntry> CodeListEntries => Set<CodeListEntry>();

    public DbSet<Instrument> Instruments => Set<Instrument>();

    public DbSet<Measurement> Measurements => Set<Measurement>();

    public DbSet<AccessibilityFeedback> AccessibilityFeedback => Set<AccessibilityFeedback>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time type: store UTC ticks so ordering and comparison happen in the database.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PolkuDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void PrepareForSave()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEvent or AuditSubject && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("Audit events are append-only.");
            }

            if (entry is { Entity: IVersioned versioned, State: EntityState.Modified })
            {
                versioned.Version++;
            }
        }
    }
}

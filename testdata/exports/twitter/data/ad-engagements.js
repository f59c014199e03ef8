window.YTD.ad_engagements.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adEngagements" : {
          "engagements" : [
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Ios"
                },
                "displayLocation" : "TimelineHome",
                "promotedTweetInfo" : {
                  "tweetId" : "1765432109876543210",
                  "tweetText" : "Spring sale: 20% off every commuter bike this week only.",
                  "urls" : [ ],
                  "mediaUrls" : [ ]
                },
                "advertiserInfo" : {
                  "advertiserName" : "Example Bikes",
                  "screenName" : "@ExampleBikes"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Interests",
                    "targetingValue" : "Cycling"
                  }
                ],
                "impressionTime" : "2024-03-02 08:14:55"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2024-03-02 08:15:20",
                  "engagementType" : "ChargeableImpression"
                },
                {
                  "engagementTime" : "2024-03-02 08:15:31",
                  "engagementType" : "UrlClick"
                }
              ]
            }
          ]
        }
      }
    }
  }
]
